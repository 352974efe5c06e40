package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A write that failed because the disk is full, said in one line. TDB2 writes through memory
 * mapped files, and a full disk reaches it as {@code java.lang.InternalError: a fault occurred
 * in an unsafe memory access operation}, which picocli prints as a raw trace; a plain write
 * gives {@code IOException: No space left on device}.
 */
final class DiskFull {
    private DiskFull() {}

    /** The one line for {@code failure} when it is a full disk under {@code dir}, otherwise null. */
    static String describe(Throwable failure, Path dir) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            boolean mapped = t instanceof InternalError && message.contains("unsafe memory access");
            boolean written = t instanceof IOException && message.contains("no space left");
            if (mapped || written)
                return "writing " + dir + " failed: the disk is full (" + t.getMessage() + "); free some space, then run "
                       + "the same command again (what was committed stays)";
        }
        return null;
    }
}
