package org.newskg.serve;

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
 * What the server offers is in the configuration; this class adds only the dataset
 * location, the read-only UI, the ontology at {@code /ontology}, CORS for browser-based
 * notebooks, and binding to localhost unless told otherwise.
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

    /** A server for {@code dataDir}, with its password file beside it (created if missing). */
    public static FusekiServer.Builder create(ServerConfig config, Path dataDir) {
        Path passwords = Passwords.defaultFor(dataDir);
        Passwords.ensure(passwords);
        return create(config, dataDir, passwords);
    }

    /** A server for {@code dataDir} whose write endpoints take the users of {@code passwordFile}. */
    public static FusekiServer.Builder create(ServerConfig config, Path dataDir, Path passwordFile) {
        ServerSettings settings = config.settings();
        return FusekiServer.create()
                .fusekiModules(FusekiModules.create(new ReadOnlyUi()))
                .addServlet(ONTOLOGY_PATH, new OntologyServlet(Ontology.model()))
                .addServlet(EXPLORE_PATH + "/*", new ExploreServlet())
                // the query operation of the configuration, with the server's limits (LimitedQuery)
                .registerOperation(Operation.Query, new LimitedQuery(settings))
                // limits for clients that have not logged in: request size, queries at once, answer size
                .addFilter("/*", new RequestSizeLimit(settings.maxRequestBytes()))
                .addFilter("/" + DATASET + "/*", new QueryAdmission(settings.maxConcurrentQueries(), settings.queryQueue(),
                                                                     settings.queueWaitMillis()))
                .addFilter("/" + DATASET + "/*", new AnswerSizeLimit(settings.maxResultBytes()))
                // the queries in shapes posted for validation follow the query endpoint's rules
                .addFilter("/" + DATASET + "/shacl", new ShaclSparqlCheck(settings))
                .parseConfig(config.resolve(dataDir, passwordFile))
                .port(DEFAULT_PORT)
                // browser-based notebooks (JupyterLab, Observable) query from another origin
                .enableCors(true, null)
                .loopback(true);
    }
}
