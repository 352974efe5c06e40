package org.newskg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --data DIR}: the TDB2 dataset every command that reads or writes one uses. */
final class DataOption {
    static final String DEFAULT = "data";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "TDB2 dataset directory (default: ${DEFAULT-VALUE}).")
    Path dir;
}
