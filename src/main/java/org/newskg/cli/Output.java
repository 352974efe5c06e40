package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's data goes: standard output, or a file written whole or not at all (into a
 * temporary file beside it, then moved into place), so a failure never leaves half a file.
 */
final class Output {
    private Output() {}

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to {@code file}, or to standard output when {@code file} is null. */
    static void to(Path file, Writer writer) throws IOException {
        if (file == null) {
            OutputStream out = new BufferedOutputStream(System.out);
            writer.write(out);
            out.flush();
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".newskg-", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                writer.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One TSV row; tabs and line breaks inside a cell become spaces. */
    static String tsv(String... cells) {
        return String.join("\t", java.util.Arrays.stream(cells).map(c -> c.replace('\t', ' ').replace('\n', ' ')).toList());
    }
}
