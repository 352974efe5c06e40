package org.newskg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files of the repository that the jar carries too (the ontology, the shapes, the server
 * configuration): read from the working directory when there (so edits take effect without a
 * rebuild), otherwise from the copy the build put in the jar.
 */
public final class Bundled {
    private Bundled() {}

    /** The bytes of {@code source}, or of classpath {@code resource} when the file is absent. */
    public static byte[] read(Path source, String resource) {
        try {
            if (Files.isRegularFile(source))
                return Files.readAllBytes(source);
            try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
                if (in == null)
                    throw new IllegalStateException(source + " is neither in the working directory nor in the jar");
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Where {@link #read} takes the file from, for messages. */
    public static String origin(Path source, String resource) {
        return Files.isRegularFile(source) ? source.toString() : "jar:" + resource;
    }
}
