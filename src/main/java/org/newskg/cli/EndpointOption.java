package org.newskg.cli;

import java.nio.file.Path;

import org.newskg.serve.Passwords;
import org.newskg.store.EndpointStore;

import picocli.CommandLine.Option;

/** Loading into a running server instead of a dataset on disk: its address and the password file of its admin. */
final class EndpointOption {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Load into the running server whose dataset is at URL (e.g. http://localhost:3030/newskg) instead of --data.")
    String url;

    @Option(names = "--passwd", paramLabel = "FILE", description = "With --endpoint: the server's password file (default: data.passwd).")
    Path passwd = Path.of("data.passwd");

    boolean given() {
        return url != null;
    }

    EndpointStore store() {
        return new EndpointStore(url, Passwords.USER, Passwords.read(passwd));
    }
}
