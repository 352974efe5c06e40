package org.newskg.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.facts.Agreement;
import org.newskg.facts.Allegation;
import org.newskg.facts.Article;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.Event;
import org.newskg.facts.Fact;
import org.newskg.facts.Participant;
import org.newskg.facts.Response;
import org.newskg.facts.Span;
import org.newskg.facts.Statement;
import org.newskg.facts.Tenure;
import org.newskg.facts.TextOffsets;
import org.newskg.facts.TradeFlow;
import org.newskg.vocab.NIF;
import org.newskg.vocab.NKG;
import org.newskg.vocab.Wikidata;

/**
 * Maps the facts of one article to quads on a {@link StreamRDF}. No I/O: what it reads is
 * already in memory and what it writes goes to the stream.
 * <p>
 * The article's facts, their evidence and the article's metadata go to the article's own
 * named graph; descriptions of shared entities (types, labels, Wikidata links, positions) go
 * to the entities graph, where the same state named by many articles is described once.
 *
 * <pre>
 *   FactsMapper mapper = new FactsMapper(IriScheme.standard());
 *   mapper.map(facts, StreamRDFLib.dataset(datasetGraph));
 * </pre>
 *
 * The mapper calls neither {@code start()} nor {@code finish()}: the caller brackets a whole
 * run, which may hold many articles.
 */
public final class FactsMapper {
    private final IriScheme iris;

    public FactsMapper(IriScheme iris) {
        this.iris = iris;
    }

    public IriScheme iris() {
        return iris;
    }

    /** Sends the quads of one article to {@code out}. */
    public void map(ArticleFacts facts, StreamRDF out) {
        new Run(facts, out).map();
    }

    /** The quads of one article and what they entail, in a new in-memory dataset. */
    public DatasetGraph toDataset(ArticleFacts facts, Entailments entailments) {
        // a plain map of graphs: staging is single-threaded and short-lived, it needs no transactions
        DatasetGraph dataset = DatasetGraphFactory.create();
        StreamRDF stream = entailments.wrap(StreamRDFLib.dataset(dataset));
        stream.start();
        map(facts, stream);
        stream.finish();
        return dataset;
    }

    /** The state of mapping one article. */
    private final class Run {
        private final ArticleFacts facts;
        private final StreamRDF out;
        private final Article article;
        private final String lang;
        private final Node graph;
        private final Node entitiesGraph;
        private final Node articleNode;
        private final Node context;
        private final TextOffsets text;
        private final Sentences sentences;
        private final String extractor;
        private final Map<String, Entity> entities = new HashMap<>();
        private final Map<String, Node> entityNodes = new HashMap<>();
        private final Set<Node> described = new HashSet<>();
        private final Set<Node> linked = new HashSet<>();
        private final Set<Triple> anchorTypes = new HashSet<>();

        Run(ArticleFacts facts, StreamRDF out) {
            this.facts = facts;
            this.out = out;
            this.article = facts.article();
            this.lang = article.language();
            this.graph = iris.articleGraph(article.id());
            this.entitiesGraph = iris.entitiesGraph();
            this.articleNode = iris.article(article.id());
            this.text = new TextOffsets(article.text());
            this.context = iris.span(article.id(), 0, text.length());
            this.sentences = new Sentences(text, Locale.forLanguageTag(lang));
            this.extractor = facts.extractor().toString();
            for (Entity e : facts.entities()) {
                entities.put(e.id(), e);
                entityNodes.put(e.id(), iris.entity(e));
            }
        }

        void map() {
            mapArticle();
            facts.entities().forEach(this::mapEntity);
            facts.leadership().forEach(this::mapTenure);
            facts.events().forEach(this::mapEvent);
            facts.agreements().forEach(this::mapAgreement);
            facts.allegations().forEach(this::mapAllegation);
            facts.statements().forEach(this::mapStatement);
            facts.tradeFlows().forEach(this::mapTradeFlow);
        }

        // ---- article and entities

        private void mapArticle() {
            add(articleNode, RDF.type, NKG.Article);
            addString(articleNode, NKG.headline, article.headline());
            if (article.published() != null)
                add(articleNode, NKG.published, article.published().length() == 10
                        ? typed(article.published(), XSDDatatype.XSDdate)
                        : typed(article.published(), XSDDatatype.XSDdateTime));
            if (article.url() != null)
                add(articleNode, NKG.url, typed(article.url(), XSDDatatype.XSDanyURI));
            add(articleNode, NKG.language, typed(lang, XSDDatatype.XSDlanguage));
            addEntityRef(articleNode, NKG.publisher, article.publisher());
            article.agencies().forEach(a -> addEntityRef(articleNode, NKG.agency, a));
            addString(articleNode, NKG.byline, article.byline());
            if (facts.contentHash() != null)
                addString(articleNode, NKG.contentHash, facts.contentHash());
            add(articleNode, NKG.text, context);
            add(context, RDF.type, NKG.ArticleText);
            add(context, NIF.isString, NodeFactory.createLiteralString(text.text()));
            add(context, NIF.beginIndex, index(0));
            add(context, NIF.endIndex, index(text.length()));
        }

        private void mapEntity(Entity e) {
            Node node = entityNodes.get(e.id());
            describe(node, NKG.NS + e.type(), e.name());
            for (String alias : e.aliases())
                out.quad(Quad.create(entitiesGraph, node, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, lang)));
            if (e.wikidata() != null)
                out.quad(Quad.create(entitiesGraph, node, SKOS.exactMatch.asNode(), NodeFactory.createURI(Wikidata.entity(e.wikidata()))));
            if (e.partOf() != null)
                out.quad(Quad.create(entitiesGraph, node,
                        (e.type().equals("StateBody") ? NKG.bodyOf : NKG.locatedIn).asNode(), entityNodes.get(e.partOf())));
            for (String group : e.memberOf())
                out.quad(Quad.create(entitiesGraph, node, NKG.memberOf.asNode(), entityNodes.get(group)));
            if (e.nationality() != null)
                out.quad(Quad.create(entitiesGraph, node, NKG.nationality.asNode(), entityNodes.get(e.nationality())));
            for (Span mention : e.mentions()) {
                Node span = span(mention, NKG.Mention);
                add(span, NKG.denotes, node);
            }
        }

        /** Type and label of a shared node, in the entities graph. */
        private void describe(Node node, String classIri, String label) {
            out.quad(Quad.create(entitiesGraph, node, RDF.type.asNode(), NodeFactory.createURI(classIri)));
            out.quad(Quad.create(entitiesGraph, node, RDFS.label.asNode(), NodeFactory.createLiteralLang(label, lang)));
        }

        // ---- facts

        private void mapTenure(Tenure t) {
            Node holderOf = entityNodes.get(t.of());
            Node position = iris.position(holderOf, t.office(), t.title());
            if (described.add(position)) {
                String title = t.title() != null ? t.title() : OfficeKinds.name(t.office());
                describe(position, OfficeKinds.positionClass(t.office()).getURI(), title + " of " + entities.get(t.of()).name());
                out.quad(Quad.create(entitiesGraph, position, NKG.positionOf.asNode(), holderOf));
            }
            Node f = fact(t, NKG.Tenure, name(t.person()) + ", " + (t.title() != null ? t.title() : OfficeKinds.name(t.office()))
                    + " of " + name(t.of()));
            addEntityRef(f, NKG.holder, t.person());
            add(f, NKG.position, position);
            addDate(f, NKG.startDate, t.start());
            addDate(f, NKG.endDate, t.end());
        }

        private void mapEvent(Event e) {
            Node f = fact(e, NKG.NS + e.type(), typeLabel(e.type()) + ": "
                    + names(e.participants().stream().map(Participant::entity).toList()));
            for (Participant p : e.participants())
                addEntityRef(f, NodeFactory.createURI(NKG.NS + p.role()), p.entity());
            addEntityRef(f, NKG.place, e.place());
            addDate(f, NKG.date, e.date());
            if (e.planned() != null)
                add(f, NKG.isPlanned, typed(e.planned().toString(), XSDDatatype.XSDboolean));
            if (e.occasion() != null)
                add(f, NKG.occasion, factNode(e.occasion()));
            addString(f, NKG.weapon, e.weapon());
        }

        private void mapAgreement(Agreement a) {
            Node f = fact(a, NKG.NS + a.type(), typeLabel(a.type()) + ": " + names(a.parties()));
            a.parties().forEach(p -> addEntityRef(f, NKG.party, p));
            a.beneficiaries().forEach(p -> addEntityRef(f, NKG.beneficiary, p));
            a.declaredBy().forEach(p -> addEntityRef(f, NKG.declaredBy, p));
            for (String domain : a.domains())
                add(f, NKG.domain, NodeFactory.createURI(NKG.NS + capitalize(domain) + "Domain"));
            addDate(f, NKG.startDate, a.start());
            addDate(f, NKG.endDate, a.end());
            if (a.duration() != null)
                add(f, NKG.duration, typed(a.duration(), XSDDatatype.XSDduration));
        }

        private void mapAllegation(Allegation a) {
            String label = "Allegation" + (a.accusers().isEmpty() ? "" : " by " + names(a.accusers()))
                    + " against " + names(a.accused()) + ": " + a.act();
            Node f = fact(a, NKG.Allegation, label);
            a.accusers().forEach(p -> addEntityRef(f, NKG.accuser, p));
            a.accused().forEach(p -> addEntityRef(f, NKG.accused, p));
            addString(f, NKG.allegedAct, a.act());
            if (a.concerns() != null)
                add(f, NKG.concerns, factNode(a.concerns()));
            if (a.allegedEvent() != null)
                add(f, NKG.allegedEvent, factNode(a.allegedEvent()));
            add(f, NKG.status, status(a.status()));
            addDate(f, NKG.date, a.date());
            addString(f, NKG.quote, a.quote());
            for (Response d : a.denials()) {
                Node r = response(d, NKG.Denial, "Denial by " + names(d.by()) + ": " + a.act());
                add(r, NKG.denies, f);
            }
            for (Response c : a.counterClaims()) {
                Node r = response(c, NKG.CounterClaim, "Counter-claim by " + names(c.by()) + " against " + names(c.against()) + ": " + c.act());
                add(r, NKG.counters, f);
                c.by().forEach(p -> addEntityRef(r, NKG.accuser, p));
                c.against().forEach(p -> addEntityRef(r, NKG.accused, p));
                addString(r, NKG.allegedAct, c.act());
                add(r, NKG.status, status(c.status() != null ? c.status() : "unverified"));
            }
        }

        private Node response(Response r, Resource type, String label) {
            Node f = fact(r, type, label);
            r.by().forEach(p -> addEntityRef(f, NKG.speaker, p));
            addString(f, NKG.content, r.content());
            addString(f, NKG.quote, r.quote());
            return f;
        }

        private void mapStatement(Statement s) {
            Node f = fact(s, NKG.NS + s.type(), typeLabel(s.type()) + " by " + names(s.speakers()));
            s.speakers().forEach(p -> addEntityRef(f, NKG.speaker, p));
            addString(f, NKG.quote, s.quote());
            addString(f, NKG.content, s.content());
            if (s.about() != null)
                add(f, NKG.about, factNode(s.about()));
            s.criticized().forEach(p -> addEntityRef(f, NKG.criticized, p));
            addDate(f, NKG.date, s.date());
        }

        private void mapTradeFlow(TradeFlow t) {
            Node f = fact(t, NKG.TradeFlow, capitalize(t.goods()) + " from " + name(t.from()) + " to " + name(t.to()));
            addString(f, NKG.goods, t.goods());
            addEntityRef(f, NKG.exporter, t.from());
            addEntityRef(f, NKG.importer, t.to());
        }

        /** The node of a fact, with what every fact carries: type, label, provenance. */
        private Node fact(Fact fact, Resource type, String defaultLabel) {
            return fact(fact, type.getURI(), defaultLabel);
        }

        private Node fact(Fact fact, String typeIri, String defaultLabel) {
            Node f = factNode(fact.id());
            add(f, RDF.type, NodeFactory.createURI(typeIri));
            add(f, RDFS.label, NodeFactory.createLiteralLang(fact.label() != null ? fact.label() : defaultLabel, lang));
            add(f, NKG.reportedIn, articleNode);
            for (Span evidence : fact.evidence())
                add(f, NKG.evidence, span(evidence, NKG.TextSpan));
            add(f, NKG.extractor, NodeFactory.createLiteralString(extractor));
            if (fact.confidence() != null)
                add(f, NKG.confidence, typed(fact.confidence().toString(), XSDDatatype.XSDdecimal));
            for (String c : fact.characterizations())
                addString(f, NKG.characterization, c);
            return f;
        }

        private Node factNode(String factId) {
            return iris.fact(article.id(), factId);
        }

        // ---- text anchors

        /** An evidence or mention span, linked to the sentences it lies in. */
        private Node span(Span s, Resource type) {
            Node node = anchor(s.start(), s.end(), type);
            if (linked.add(node)) {
                for (int[] sentence : sentences.overlapping(s.start(), s.end()))
                    add(node, NKG.sentence, anchor(sentence[0], sentence[1], NKG.Sentence));
            }
            return node;
        }

        /**
         * The node of a stretch of text. One stretch can be a mention, evidence and a whole
         * sentence at once; each type and the offsets are written once per article.
         */
        private Node anchor(int start, int end, Resource type) {
            Node node = iris.span(article.id(), start, end);
            if (anchorTypes.add(Triple.create(node, RDF.type.asNode(), type.asNode())))
                add(node, RDF.type, type);
            if (described.add(node))
                describeOffsets(node, start, end);
            return node;
        }

        private void describeOffsets(Node node, int start, int end) {
            add(node, NIF.beginIndex, index(start));
            add(node, NIF.endIndex, index(end));
            add(node, NIF.anchorOf, NodeFactory.createLiteralString(text.substring(start, end)));
            add(node, NIF.referenceContext, context);
        }

        // ---- small helpers

        private String name(String entityId) {
            return entities.get(entityId).name();
        }

        private String names(List<String> entityIds) {
            return entityIds.stream().map(this::name).collect(Collectors.joining(", "));
        }

        private void addEntityRef(Node s, org.apache.jena.rdf.model.Property p, String entityId) {
            addEntityRef(s, p.asNode(), entityId);
        }

        private void addEntityRef(Node s, Node p, String entityId) {
            if (entityId != null)
                out.quad(Quad.create(graph, s, p, entityNodes.get(entityId)));
        }

        private void addString(Node s, org.apache.jena.rdf.model.Property p, String value) {
            if (value != null)
                add(s, p, NodeFactory.createLiteralString(value));
        }

        private void addDate(Node s, org.apache.jena.rdf.model.Property p, String date) {
            if (date != null)
                add(s, p, Dates.literal(date));
        }

        private void add(Node s, org.apache.jena.rdf.model.Property p, Resource o) {
            add(s, p, o.asNode());
        }

        private void add(Node s, org.apache.jena.rdf.model.Property p, Node o) {
            out.quad(Quad.create(graph, s, p.asNode(), o));
        }
    }

    /** "denied" names nkg:Denied. */
    private static Node status(String status) {
        return NodeFactory.createURI(NKG.NS + capitalize(status));
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static Node index(int offset) {
        return NodeFactory.createLiteralDT(Integer.toString(offset), XSDDatatype.XSDnonNegativeInteger);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "StateVisit" reads "State visit" in default labels. */
    private static String typeLabel(String type) {
        String words = type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return capitalize(words);
    }
}
