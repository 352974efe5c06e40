package org.newskg.validate;

import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.newskg.facts.ArticleFacts;
import org.newskg.map.Entailments;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.ontology.Ontology;

/**
 * Checks newskg data against the shapes wherever it is: the data a facts file maps to, an RDF
 * file, or a whole dataset. Data without entailments (a plain {@code map} output, say) gets them
 * first, as {@code load} would add them, so the shapes see what a loaded dataset holds.
 */
public final class DataValidator {
    private final Shapes shapes;
    private final Entailments entailments;
    private final FactsMapper mapper;

    public DataValidator(Shapes shapes, FactsMapper mapper) {
        this.shapes = shapes;
        this.entailments = Entailments.of(Ontology.model());
        this.mapper = mapper;
    }

    public static DataValidator standard() {
        return new DataValidator(Shapes.standard(), new FactsMapper(IriScheme.standard()));
    }

    /** The violations of the data one article maps to. */
    public Violations facts(ArticleFacts facts) {
        return shapes.validate(mapper.toDataset(facts, entailments).getUnionGraph());
    }

    /** The violations of an RDF file in any syntax Jena reads (named graphs are validated as their union). */
    public Violations rdfFile(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null)
            throw new IllegalArgumentException(file + ": not a facts file (*.facts.json) nor an RDF file Jena can read");
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        StreamRDF stream = entailments.wrap(StreamRDFLib.dataset(data));
        RDFParser.source(file).lang(lang).parse(stream);
        return shapes.validate(data.getUnionGraph());
    }

    /** The violations of everything in a dataset (the union of its graphs). */
    public Violations dataset(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> shapes.validate(dataset.getUnionGraph()));
    }
}
