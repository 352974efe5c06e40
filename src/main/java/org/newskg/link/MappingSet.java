package org.newskg.link;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.map.IriScheme;
import org.newskg.vocab.Wikidata;

/** The links of a dataset as one mapping set: to export for review, and to take reviewed links back in. */
public final class MappingSet {
    private final DatasetGraph dataset;
    private final IriScheme iris;
    private final MappingGraphs graphs;

    public MappingSet(DatasetGraph dataset, IriScheme iris) {
        this.dataset = dataset;
        this.iris = iris;
        this.graphs = new MappingGraphs(iris);
    }

    /**
     * Every link: those facts files stated (justification unspecified), those {@code link} made,
     * and the curated ones; with {@code withSuggestions}, the suggestions too.
     */
    public List<Mapping> export(boolean withSuggestions) {
        return Txn.calculateRead(dataset, () -> {
            List<Mapping> out = new ArrayList<>();
            Node entities = iris.entitiesGraph();
            dataset.find(entities, Node.ANY, SKOS.exactMatch.asNode(), Node.ANY).forEachRemaining(q -> {
                String object = q.getObject().getURI();
                if (object.startsWith(Wikidata.ENTITY_NS))
                    out.add(new Mapping(q.getSubject().getURI(), label(q.getSubject()), object.substring(Wikidata.ENTITY_NS.length()),
                                        null, Mapping.UNSPECIFIED, Double.NaN, "newskg facts file", false));
            });
            out.addAll(graphs.read(dataset, graphs.automatic()));
            out.addAll(graphs.read(dataset, graphs.curated()));
            if (withSuggestions)
                out.addAll(graphs.read(dataset, graphs.suggestions()));
            return out;
        });
    }

    /**
     * Takes in reviewed mappings: each becomes a curated link (or a curated "not this item"),
     * and replaces any automatic link or suggestion of its subject, in one transaction.
     *
     * @return how many mappings were imported
     */
    public int importCurated(List<Mapping> reviewed) {
        Txn.executeWrite(dataset, () -> {
            for (Mapping m : reviewed) {
                graphs.removeSubject(dataset, graphs.automatic(), m.subject());
                graphs.removeSubject(dataset, graphs.suggestions(), m.subject());
                graphs.removeSubject(dataset, graphs.curated(), m.subject());
            }
            for (Mapping m : reviewed)
                graphs.add(dataset, graphs.curated(), new Mapping(m.subject(), m.label(), m.qid(), m.objectLabel(),
                                                                  Mapping.MANUAL, m.confidence(), m.tool(), m.negated()));
        });
        return reviewed.size();
    }

    private String label(Node entity) {
        var it = dataset.find(iris.entitiesGraph(), entity, RDFS.label.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
