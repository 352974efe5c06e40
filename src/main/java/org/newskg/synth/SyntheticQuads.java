package org.newskg.synth;

import java.io.OutputStream;
import java.util.function.LongConsumer;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newskg.map.Entailments;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.ontology.Ontology;

/** Synthetic articles mapped straight to N-Quads, entailments included: input for bulk loads and their benchmarks. */
public final class SyntheticQuads {
    private SyntheticQuads() {}

    /** Articles {@code first} to {@code first + count - 1} of {@code generator}'s corpus, as N-Quads; {@code done} hears each article. */
    public static void write(ArticleGenerator generator, long first, long count, OutputStream out, LongConsumer done) {
        FactsMapper mapper = new FactsMapper(IriScheme.standard());
        Entailments entailments = Entailments.of(Ontology.model());
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        for (long n = first; n < first + count; n++) {
            StreamRDF article = entailments.wrap(writer);   // a wrapper per article: its own de-duplication
            mapper.map(generator.article(n), article);
            done.accept(n - first + 1);
        }
        writer.finish();
    }
}
