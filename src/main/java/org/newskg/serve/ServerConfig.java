package org.newskg.serve;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.newskg.Bundled;

/**
 * The server configuration ({@code fuseki-config/config.ttl}), read as RDF so that the one
 * value that differs between runs, the dataset location, can be set from the command line
 * while everything else comes from the file as written.
 */
public final class ServerConfig {
    /** Path of the configuration in the repository. */
    public static final Path SOURCE = Path.of("fuseki-config", "config.ttl");
    /** Classpath copy, put there by the build, for the jar run elsewhere. */
    public static final String RESOURCE = "/fuseki-config/config.ttl";

    static final Property TDB2_LOCATION = ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#", "location");
    static final Property PASSWD = ResourceFactory.createProperty("http://jena.apache.org/fuseki#", "passwd");

    private final Model model;
    private final String source;

    private ServerConfig(Model model, String source) {
        this.model = model;
        this.source = source;
    }

    /** The repository's file when present, otherwise the copy in the jar. */
    public static ServerConfig standard() {
        byte[] bytes = Bundled.read(SOURCE, RESOURCE);
        Model model = RDFParser.source(new java.io.ByteArrayInputStream(bytes)).lang(Lang.TURTLE).toModel();
        return new ServerConfig(model, Bundled.origin(SOURCE, RESOURCE));
    }

    public static ServerConfig read(Path file) {
        return new ServerConfig(RDFParser.source(file).lang(Lang.TURTLE).toModel(), file.toString());
    }

    /** newskg's own settings in the configuration (limits, the SERVICE allowlist, flags). */
    public ServerSettings settings() {
        return new ServerSettings(model);
    }

    /**
     * This configuration with one more endpoint that SERVICE may call, for a server whose
     * federated queries go to another endpoint (a mirror, or a stand-in in tests).
     */
    public ServerConfig withServiceAllowed(String endpoint) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.add(theServer(copy), ServerSettings.SERVICE_ALLOWED, copy.createResource(endpoint));
        return new ServerConfig(copy, source + " + " + endpoint);
    }

    /** This configuration with one of newskg's settings ({@link ServerSettings}) set to {@code value}. */
    public ServerConfig with(Property setting, long value) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        Resource server = theServer(copy);
        copy.removeAll(server, setting, null);
        copy.addLiteral(server, setting, value);
        return new ServerConfig(copy, source + " + " + setting.getLocalName() + " " + value);
    }

    private Resource theServer(Model m) {
        List<Resource> servers = m.listSubjectsWithProperty(
                RDF.type, m.createResource("http://jena.apache.org/fuseki#Server")).toList();
        if (servers.size() != 1)
            throw new IllegalStateException(source + " must have exactly one fuseki:Server, found " + servers.size());
        return servers.get(0);
    }

    /** Where the configuration came from, for messages. */
    public String source() {
        return source;
    }

    /** The configuration with its TDB2 dataset at {@code dataDir} and its password file at {@code passwordFile}. */
    public Model resolve(Path dataDir, Path passwordFile) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        replaceOne(copy, TDB2_LOCATION, dataDir);
        replaceOne(copy, PASSWD, passwordFile);
        return copy;
    }

    private void replaceOne(Model copy, Property property, Path value) {
        List<Statement> found = copy.listStatements(null, property, (RDFNode) null).toList();
        if (found.size() != 1)
            throw new IllegalStateException(source + " must have exactly one " + property.getLocalName() + ", found " + found.size());
        Statement s = found.get(0);
        copy.remove(s);
        copy.add(s.getSubject(), property, value.toAbsolutePath().normalize().toString());
    }
}
