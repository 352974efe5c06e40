package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newskg.facts.ArticleFacts;
import org.newskg.map.Entailments;
import org.newskg.map.FactsMapper;
import org.newskg.map.IriScheme;
import org.newskg.ontology.Ontology;
import org.newskg.validate.Shapes;

import java.util.Iterator;

/**
 * What every target does to an article before writing it: map it with the load-time
 * entailments and validate the result against the shapes. Stateless beyond its immutable
 * parts, so one instance serves all extraction threads.
 */
public final class ArticleMapping {
    private final FactsMapper mapper;
    private final Entailments entailments = Entailments.of(Ontology.model());
    private final Shapes shapes = Shapes.standard();

    public ArticleMapping(FactsMapper mapper) {
        this.mapper = mapper;
    }

    public static ArticleMapping standard() {
        return new ArticleMapping(new FactsMapper(IriScheme.standard()));
    }

    public IriScheme iris() {
        return mapper.iris();
    }

    /** The article's quads and their shape violations; nothing is written anywhere. */
    public MappedArticle map(ArticleFacts facts) {
        DatasetGraph quads = quads(facts);
        return new MappedArticle(facts, quads, shapes.validate(quads.getUnionGraph()));
    }

    /** The article's quads alone, entailments included, in memory. */
    public DatasetGraph quads(ArticleFacts facts) {
        return mapper.toDataset(facts, entailments);
    }

    /** The ontology's triples as quads of its graph. */
    public Iterator<Quad> ontologyQuads() {
        Node g = mapper.iris().ontologyGraph();
        return Ontology.model().getGraph().find().mapWith(t -> Quad.create(g, t));
    }
}
