package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.facts.Agreement;
import org.newskg.facts.Allegation;
import org.newskg.facts.Article;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.Event;
import org.newskg.facts.Extractor;
import org.newskg.facts.Participant;
import org.newskg.facts.Response;
import org.newskg.facts.Span;
import org.newskg.facts.Statement;
import org.newskg.facts.Tenure;
import org.newskg.facts.TextOffsets;
import org.newskg.facts.TradeFlow;
import org.newskg.link.Gazetteer;
import org.newskg.link.OfficeHolder;
import org.newskg.link.OfficeHolders;

/**
 * Facts from the text of a news article, in three stages each testable alone: the text is
 * analyzed (sentences, tokens, tags: {@link TextAnalyzer}), entities are found and followed
 * through it ({@link Discourse}), and the rule tables find facts among them
 * ({@link FactFinder}). The result is a facts file's content, every fact with its evidence
 * sentence, a confidence, and this extractor's name and version.
 *
 * <pre>
 *   ArticleFacts facts = ArticleExtractor.create().build().extract(article);
 *   ArticleFacts mine  = ArticleExtractor.create().rules(Path.of("my-rules")).build().extract(article);
 * </pre>
 *
 * An extractor is immutable and safe to share between threads.
 */
public final class ArticleExtractor {
    public static final String NAME = "newskg-extract";
    public static final String VERSION = "1.1";

    private final TextAnalyzer analyzer;
    private final Rules rules;
    private final Lexicon lexicon;
    private final OfficeHolders officeHolders;
    private final Extractor stamp;

    private ArticleExtractor(TextAnalyzer analyzer, Rules rules, Gazetteer gazetteer, OfficeHolders officeHolders) {
        this.analyzer = analyzer;
        this.rules = rules;
        this.lexicon = new Lexicon(gazetteer, rules);
        this.officeHolders = officeHolders;
        this.stamp = new Extractor(NAME, VERSION + "+rules." + rules.fingerprint());
    }

    public static Builder create() {
        return new Builder();
    }

    /** Options of an extractor: its rules, its gazetteer and its table of office holders (standard unless given). */
    public static final class Builder {
        private Rules rules;
        private Gazetteer gazetteer;
        private OfficeHolders officeHolders;

        public Builder rules(java.nio.file.Path folder) {
            this.rules = Rules.load(folder);
            return this;
        }

        public Builder rules(Rules r) {
            this.rules = r;
            return this;
        }

        public Builder gazetteer(Gazetteer g) {
            this.gazetteer = g;
            return this;
        }

        /** The heads of state and government and foreign ministers that persons are linked to Wikidata with. */
        public Builder officeHolders(OfficeHolders h) {
            this.officeHolders = h;
            return this;
        }

        public ArticleExtractor build() {
            return new ArticleExtractor(TextAnalyzer.english(), rules != null ? rules : Rules.standard(),
                    gazetteer != null ? gazetteer : Gazetteer.standard(),
                    officeHolders != null ? officeHolders : OfficeHolders.standard());
        }
    }

    public Extractor stamp() {
        return stamp;
    }

    /** The facts the article's text states; {@code article.text()} must be set. */
    public ArticleFacts extract(Article article) {
        String text = article.text();
        AnalyzedText analyzed = analyzer.analyze(text);
        DateResolver dates = new DateResolver(article.published());
        Discourse discourse = new Discourse(text, lexicon, rules,
                                            (name, kind) -> LeaderLinks.holderState(officeHolders, name, kind, dates.published()));
        FactFinder finder = new FactFinder(rules, discourse, dates);
        for (Sentence s : analyzed.sentences())
            finder.read(s, discourse.mentions(s));
        finder.finish();
        LeaderLinks links = new LeaderLinks(discourse, officeHolders, dates.published());
        return new Assembly(article, discourse, finder, links).facts();
    }

    /** Found facts into facts-format records: ids, spans in code points, referenced entities. */
    private final class Assembly {
        private final Article article;
        private final Discourse discourse;
        private final FactFinder finder;
        private final LeaderLinks links;
        private final TextOffsets offsets;
        private final Set<Ent> used = new LinkedHashSet<>();
        private final Map<String, Integer> counters = new HashMap<>();

        Assembly(Article article, Discourse discourse, FactFinder finder, LeaderLinks links) {
            this.article = article;
            this.discourse = discourse;
            this.finder = finder;
            this.links = links;
            this.offsets = new TextOffsets(article.text());
        }

        ArticleFacts facts() {
            List<Tenure> leadership = new ArrayList<>();
            for (Discourse.Office o : discourse.offices()) {
                // the text seldom dates an office; the table's term of it does, when the person is linked
                OfficeHolder term = links.term(o).orElse(null);
                leadership.add(new Tenure(id("t"), ref(o.person()), o.kind(), o.title(), ref(o.of()),
                        term == null ? null : term.start(), term == null ? null : term.end(),
                        evidence(List.of(o.sentence())), 0.8, null, null));
            }
            List<Event> events = new ArrayList<>();
            for (Found.Event e : finder.events.events)
                events.add(event(e));
            List<Agreement> agreements = new ArrayList<>();
            for (Found.Agreement a : finder.agreements.agreements)
                agreements.add(new Agreement(id("ag"), a.type, refs(a.parties), null, null, null, a.date, null, null,
                        evidence(a.evidence), round(a.confidence), null, null));
            List<Allegation> allegations = new ArrayList<>();
            for (Found.Allegation a : finder.allegations.allegations)
                allegations.add(allegation(a));
            List<Statement> statements = new ArrayList<>();
            for (Found.Statement s : finder.statements.statements) {
                if (s.place != null)
                    used.add(s.place);
                statements.add(new Statement(id("st"), s.type, refs(s.speakers), s.quote, null, null, null, s.date,
                        evidence(s.evidence), round(s.confidence), null, null));
            }
            List<TradeFlow> tradeFlows = new ArrayList<>();
            for (Found.TradeFlow t : finder.trade.tradeFlows)
                tradeFlows.add(new TradeFlow(id("tf"), t.goods, ref(t.from), ref(t.to), evidence(t.evidence), round(t.confidence), null, null));
            List<Entity> entities = new ArrayList<>();
            // an entity a fact refers to is listed even when the text never names it (the state of a
            // "Prime Minister X" known from the office-holders table); others only when named
            for (Ent e : discourse.entities())
                if (used.contains(e) || e.isActor() && !e.mentions.isEmpty())
                    entities.add(entity(e));
            Article withLanguage = article.language() != null ? article
                    : new Article(article.id(), article.headline(), article.url(), article.published(), "en",
                                  article.publisher(), article.agencies(), article.byline(), null, article.text());
            return new ArticleFacts(withLanguage, stamp, entities, leadership, events, agreements, allegations,
                                    statements, tradeFlows, null);
        }

        private Event event(Found.Event e) {
            List<Participant> ps = new ArrayList<>();
            e.participants.forEach(p -> ps.add(new Participant(ref(p), "participant")));
            e.attackers.forEach(p -> ps.add(new Participant(ref(p), "attacker")));
            e.targets.forEach(p -> ps.add(new Participant(ref(p), "target")));
            e.hosts.forEach(p -> ps.add(new Participant(ref(p), "host")));
            String place = e.place == null ? null : ref(e.place);
            return new Event(id("ev"), e.type, ps, place, e.date, e.planned ? Boolean.TRUE : null, null, null,
                             evidence(e.evidence), round(e.confidence), e.label, null);
        }

        private Allegation allegation(Found.Allegation a) {
            List<Response> denials = new ArrayList<>();
            for (Found.Denial d : a.denials)
                denials.add(new Response(id("dn"), List.of(ref(d.by)), null, d.quote, null, null, null,
                                         evidence(d.evidence), round(d.confidence), null, null));
            List<Response> counters = new ArrayList<>();
            for (Found.Allegation c : a.counterClaims)
                counters.add(new Response(id("cc"), refs(c.accusers), null, c.quote, refs(c.accused), c.act, "unverified",
                                          evidence(c.evidence), round(c.confidence), null, null));
            return new Allegation(id("al"), refs(a.accusers), refs(a.accused), a.act, null, null,
                                  denials.isEmpty() ? "unverified" : "denied", null, a.quote, denials, counters,
                                  evidence(a.evidence), round(a.confidence), null, null);
        }

        private Entity entity(Ent e) {
            List<Span> mentions = new ArrayList<>();
            for (int[] m : e.mentions)
                mentions.add(span(m[0], m[1]));
            String qid = e.qid != null ? e.qid : links.qid(e);
            return new Entity(e.id, e.type, e.name, List.copyOf(e.aliases), qid, null, null, null, mentions);
        }

        private List<Span> evidence(List<Sentence> sentences) {
            List<Span> spans = new ArrayList<>();
            for (Sentence s : sentences)
                spans.add(span(s.start(), s.end()));
            return spans;
        }

        private Span span(int start, int end) {
            return new Span(offsets.toCodePoint(start), offsets.toCodePoint(end), article.text().substring(start, end));
        }

        private String ref(Ent e) {
            used.add(e);
            return e.id;
        }

        private List<String> refs(Set<Ent> es) {
            List<String> ids = new ArrayList<>();
            for (Ent e : es)
                ids.add(ref(e));
            return ids;
        }

        private String id(String prefix) {
            return prefix + counters.merge(prefix, 1, Integer::sum);
        }

        private Double round(double c) {
            return Math.round(c * 100) / 100.0;
        }
    }
}
