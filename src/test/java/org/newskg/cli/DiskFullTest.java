package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A full disk, as TDB2 and plain writes report it, becomes one line naming the dataset. */
class DiskFullTest {
    private static final Path DATA = Path.of("data");

    @Test
    void tdb2sMappedFileFaultIsAFullDisk() {
        InternalError fault = new InternalError("a fault occurred in an unsafe memory access operation");
        String line = DiskFull.describe(new RuntimeException("commit failed", fault), DATA);
        assertTrue(line.startsWith("writing data failed: the disk is full"), line);
    }

    @Test
    void noSpaceLeftIsAFullDisk() {
        String line = DiskFull.describe(new UncheckedIOException(new IOException("No space left on device")), DATA);
        assertTrue(line.contains("the disk is full (No space left on device)"), line);
    }

    @Test
    void otherFailuresAreLeftAlone() {
        assertNull(DiskFull.describe(new IllegalStateException("something else"), DATA));
    }
}
