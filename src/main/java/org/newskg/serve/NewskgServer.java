package org.newskg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.newskg.ontology.Ontology;

/**
 * Builds the newskg SPARQL server from its configuration file, in the manner of
 * {@link FusekiServer#create()}:
 *
 * <pre>
 *   FusekiServer server = NewskgServer.create(ServerConfig.standard(), Path.of("data"))
 *                                     .port(3030)
 *                                     .build()
 *                                     .start();
 * </pre>
 *
 * What the server offers is in the configuration; this class adds the dataset location, the
 * read-only UI, the ontology at {@code /ontology}, CORS for browser-based notebooks, binding to
 * localhost unless told otherwise, and the guards of docs/security.md, each set from
 * newskg's settings in the configuration ({@link ServerSettings}).
 */
public final class NewskgServer {
    private NewskgServer() {}

    /** Name of the dataset in the standard configuration. */
    public static final String DATASET = "newskg";
    public static final int DEFAULT_PORT = 3030;

    /** Path of the ontology on the server, as in its IRI (https://w3id.org/newskg/ontology). */
    public static final String ONTOLOGY_PATH = "/ontology";
    /** Path of the page that shows an entity's neighbourhood as a graph. */
    public static final String EXPLORE_PATH = "/explore";

    /**
     * HTTPS on {@code port} with the key and certificate of {@code keystore} (PKCS12 or JKS),
     * whose password is the first line of {@code passwordFile}, readable by its owner only.
     * Plain HTTP requests are then redirected to HTTPS.
     */
    public static FusekiServer.Builder https(FusekiServer.Builder builder, int port, Path keystore, Path passwordFile) {
        if (!Files.isRegularFile(keystore))
            throw new IllegalArgumentException("no keystore " + keystore);
        Passwords.checkPrivate(passwordFile);
        String password;
        try {
            password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + passwordFile, e);
        }
        return builder.https(port, keystore.toAbsolutePath().toString(), password);
    }

    /** A server for {@code dataDir}, with its password file beside it (created if missing). */
    public static FusekiServer.Builder create(ServerConfig config, Path dataDir) {
        Path passwords = Passwords.defaultFor(dataDir);
        Passwords.ensure(passwords);
        return create(config, dataDir, passwords);
    }

    /** A server for {@code dataDir} whose write endpoints take the users of {@code passwordFile}. */
    public static FusekiServer.Builder create(ServerConfig config, Path dataDir, Path passwordFile) {
        Passwords.checkPrivate(passwordFile);
        ServerSettings settings = config.settings();
        return FusekiServer.create()
                .fusekiModules(FusekiModules.create(new ReadOnlyUi(), LoginThrottle.module(settings.loginFailureDelayMillis())))
                .addServlet(ONTOLOGY_PATH, new OntologyServlet(Ontology.model()))
                .addServlet(EXPLORE_PATH + "/*", new ExploreServlet())
                // the query operation of the configuration, with the server's limits (LimitedQuery)
                .registerOperation(Operation.Query, new LimitedQuery(settings))
                // updates without LOAD of the server's files, unless newskg:loadFromFiles
                .registerOperation(Operation.Update, new GuardedUpdate(settings.loadFromFiles()))
                // cross-origin reads without credentials; cross-origin requests with credentials refused
                .addFilter("/*", new CrossOrigin())
                // limits for clients that have not logged in: request size, queries at once, answer size
                .addFilter("/*", new RequestSizeLimit(settings.maxRequestBytes()))
                .addFilter("/" + DATASET + "/*", new QueryAdmission(settings.maxConcurrentQueries(), settings.queryQueue(),
                                                                     settings.queueWaitMillis()))
                .addFilter("/" + DATASET + "/*", new AnswerSizeLimit(settings.maxResultBytes()))
                // the queries in shapes posted for validation follow the query endpoint's rules
                .addFilter("/" + DATASET + "/shacl", new ShaclSparqlCheck(settings))
                .parseConfig(config.resolve(dataDir, passwordFile))
                .port(DEFAULT_PORT)
                // CORS is CrossOrigin's: Fuseki's allows credentials from any origin
                .enableCors(false, null)
                .loopback(true);
    }
}
