package org.newskg.serve;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * newskg's own settings in the server configuration: the properties in the namespace
 * {@value #NS} on the {@code fuseki:Server} node (Fuseki ignores them). Each has a default
 * here, used when the configuration does not set it, so an older configuration file still
 * starts a guarded server.
 */
public final class ServerSettings {
    public static final String NS = "https://w3id.org/newskg/server#";

    /** A SPARQL endpoint a query may call with SERVICE; repeatable. */
    public static final Property SERVICE_ALLOWED = property("serviceAllowed");
    /** How deep SERVICE blocks may nest inside one another. */
    public static final Property SERVICE_NESTING = property("serviceNesting");
    /** Largest request body taken from a client that has not logged in, in bytes. */
    public static final Property MAX_REQUEST_BYTES = property("maxRequestBytes");
    /** Longest query text, in characters: parsing is not interruptible, so its input is bounded. */
    public static final Property MAX_QUERY_CHARS = property("maxQueryChars");
    /** Longest string a query may build (CONCAT, REPLACE, GROUP_CONCAT, ...), in characters. */
    public static final Property MAX_STRING_CHARS = property("maxStringChars");
    /** Largest answer sent, in bytes; beyond it the answer is cut off and the connection closed. */
    public static final Property MAX_RESULT_BYTES = property("maxResultBytes");
    /** Queries run at once; more wait in a short queue. */
    public static final Property MAX_CONCURRENT_QUERIES = property("maxConcurrentQueries");
    /** Queries that may wait for a turn; beyond it, 503 with Retry-After. */
    public static final Property QUERY_QUEUE = property("queryQueue");
    /** How long a queued query waits for a turn before 503, in milliseconds. */
    public static final Property QUEUE_WAIT_MILLIS = property("queueWaitMillis");
    /** Whether SPARQL update's LOAD may read file: URLs (local files of the server). */
    public static final Property LOAD_FROM_FILES = property("loadFromFiles");
    /** Delay added per recent failed login of a client, in milliseconds. */
    public static final Property LOGIN_FAILURE_DELAY_MILLIS = property("loginFailureDelayMillis");

    private static final Resource FUSEKI_SERVER = ResourceFactory.createResource("http://jena.apache.org/fuseki#Server");

    private final Model model;
    private final Resource server;

    ServerSettings(Model model) {
        this.model = model;
        List<Resource> servers = model.listSubjectsWithProperty(RDF.type, FUSEKI_SERVER).toList();
        this.server = servers.size() == 1 ? servers.get(0) : null;
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    /** The endpoints SERVICE may call, as written. */
    public List<String> serviceAllowed() {
        if (server == null)
            return List.of();
        return model.listObjectsOfProperty(server, SERVICE_ALLOWED).filterKeep(RDFNode::isURIResource)
                    .mapWith(n -> n.asResource().getURI()).toList();
    }

    public int serviceNesting() {
        return (int) number(SERVICE_NESTING, 2);
    }

    public long maxRequestBytes() {
        return number(MAX_REQUEST_BYTES, 1_000_000);
    }

    public int maxQueryChars() {
        return (int) number(MAX_QUERY_CHARS, 100_000);
    }

    public int maxStringChars() {
        return (int) number(MAX_STRING_CHARS, 1_000_000);
    }

    public long maxResultBytes() {
        return number(MAX_RESULT_BYTES, 100_000_000);
    }

    public int maxConcurrentQueries() {
        return (int) number(MAX_CONCURRENT_QUERIES, 4);
    }

    public int queryQueue() {
        return (int) number(QUERY_QUEUE, 8);
    }

    public long queueWaitMillis() {
        return number(QUEUE_WAIT_MILLIS, 5_000);
    }

    public boolean loadFromFiles() {
        Statement s = server == null ? null : server.getProperty(LOAD_FROM_FILES);
        return s != null && s.getObject().isLiteral() && s.getBoolean();
    }

    public long loginFailureDelayMillis() {
        return number(LOGIN_FAILURE_DELAY_MILLIS, 500);
    }

    private long number(Property p, long otherwise) {
        Statement s = server == null ? null : server.getProperty(p);
        if (s == null)
            return otherwise;
        if (!s.getObject().isLiteral())
            throw new IllegalStateException("newskg:" + p.getLocalName() + " must be a number, found " + s.getObject());
        long value = s.getLong();
        if (value < 0)
            throw new IllegalStateException("newskg:" + p.getLocalName() + " must not be negative, found " + value);
        return value;
    }
}
