package org.newskg.link;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/** A real Fuseki on a free loopback port serving the Wikidata-shaped test sample, in place of query.wikidata.org. */
public final class WikidataStandIn implements AutoCloseable {
    public static final String SAMPLE = "src/test/resources/wikidata/sample.ttl";

    private final FusekiServer server;

    public WikidataStandIn() {
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        RDFDataMgr.read(dsg, SAMPLE);
        server = FusekiServer.create().port(0).loopback(true).add("/wikidata", dsg, false).build().start();
    }

    /** The stand-in's SPARQL endpoint. */
    public String sparql() {
        return "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
