package org.newskg.map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.facts.ArticleFacts;

/** Facts mapped in memory, for tests. */
final class MappedData {
    private MappedData() {}

    static DatasetGraph dataset(ArticleFacts... articles) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        sink.start();
        FactsMapper mapper = new FactsMapper(IriScheme.standard());
        for (ArticleFacts a : articles)
            mapper.map(a, sink);
        sink.finish();
        return dsg;
    }

    static String nquads(ArticleFacts facts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        new FactsMapper(IriScheme.standard()).map(facts, writer);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
