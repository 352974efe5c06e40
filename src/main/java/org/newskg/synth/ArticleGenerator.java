package org.newskg.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
import org.newskg.facts.TradeFlow;
import org.newskg.link.Gazetteer;
import org.newskg.link.GazetteerEntry;

/**
 * Synthetic articles in the style of the seed, for scale tests and benchmarks: two states from
 * the gazetteer, their leaders (invented names, never real people), a meeting in a capital, a
 * partnership, an allegation with a denial, a quote and a trade flow, each fact with its span.
 * The same seed and number give the same article, so corpora are reproducible.
 *
 * <pre>
 *   ArticleFacts a = new ArticleGenerator(42).article(7);
 * </pre>
 */
public final class ArticleGenerator {
    private static final String[] GIVEN = { "Arin", "Bela", "Cato", "Dara", "Emil", "Fenna", "Goran", "Hedda", "Ivo", "Jana", "Kiran", "Lena" };
    private static final String[] FAMILY = { "Marov", "Teller", "Osei", "Lindqvist", "Haddad", "Novak", "Ferreira", "Kato", "Brandt", "Aziz" };
    private static final String[] DOMAINS = { "economic", "political", "military", "security", "energy", "technology" };
    private static final String[] ACTS = { "violating the border agreement", "interfering in its elections", "supplying weapons to rebels",
                                           "breaking the ceasefire", "spying on its officials" };
    private static final String[] GOODS = { "oil", "gas", "grain", "machinery", "electronics", "fertilizer" };
    private static final String[] QUOTES = { "a new chapter", "mutual respect", "no going back", "a partnership of equals" };

    private final long seed;
    private final List<GazetteerEntry> states;

    public ArticleGenerator(long seed) {
        this.seed = seed;
        this.states = Gazetteer.standard().entries().stream().filter(e -> e.type().equals("State") && !e.qid().isEmpty()).toList();
    }

    /** Article number {@code n} of this generator's corpus. */
    public ArticleFacts article(long n) {
        Random r = new Random(seed * 1_000_003L + n);
        GazetteerEntry a = states.get(r.nextInt(states.size()));
        GazetteerEntry b;
        do {
            b = states.get(r.nextInt(states.size()));
        } while (b == a);
        String leaderA = person(r), leaderB = person(r);
        String date = String.format("20%02d-%02d-%02d", 10 + r.nextInt(16), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String domain = DOMAINS[r.nextInt(DOMAINS.length)], act = ACTS[r.nextInt(ACTS.length)];
        String goods = GOODS[r.nextInt(GOODS.length)], quote = QUOTES[r.nextInt(QUOTES.length)];

        Text t = new Text();
        Span tenureA = t.add("President " + leaderA + " of " + a.name());
        Span meeting = t.add(" met Prime Minister " + leaderB + " of " + b.name() + " on " + date + ".");
        Span tenureB = t.inside(meeting, "Prime Minister " + leaderB + " of " + b.name());
        Span partnership = t.add(" " + a.name() + " and " + b.name() + " agreed a " + domain + " partnership.");
        Span allegation = t.add(" " + b.name() + " accused " + a.name() + " of " + act + ".");
        Span denial = t.add(" " + a.name() + " denied the accusation.");
        Span statement = t.add(" " + leaderA + " called the talks \"" + quote + "\".");
        Span trade = t.add(" " + a.name() + " exports " + goods + " to " + b.name() + ".");

        String id = "synth-" + seed + "-" + n;
        List<Entity> entities = List.of(
                new Entity("a", "State", a.name(), List.of(), a.qid(), null, List.of(), null, List.of()),
                new Entity("b", "State", b.name(), List.of(), b.qid(), null, List.of(), null, List.of()),
                new Entity("la", "Person", leaderA, List.of(), null, null, List.of(), "a", List.of()),
                new Entity("lb", "Person", leaderB, List.of(), null, null, List.of(), "b", List.of()));
        Span meetingWhole = new Span(tenureA.start(), meeting.end(), t.text().substring(tenureA.start(), meeting.end()));
        return new ArticleFacts(
                new Article(id, "Synthetic article " + n, null, date, "en", null, List.of(), null, null, t.text()),
                new Extractor("newskg-synth", "1"), entities,
                List.of(new Tenure("ta", "la", "HeadOfState", "President", "a", null, null, List.of(tenureA), null, null, null),
                        new Tenure("tb", "lb", "HeadOfGovernment", "Prime Minister", "b", null, null, List.of(tenureB), null, null, null)),
                List.of(new Event("meeting", "Meeting", List.of(new Participant("la", "guest"), new Participant("lb", "host")), null, date,
                                  null, null, null, List.of(meetingWhole), null, null, null)),
                List.of(new Agreement("partnership", "Partnership", List.of("a", "b"), List.of(), List.of(), List.of(domain), null, null, null,
                                      List.of(partnership), null, null, null)),
                List.of(new Allegation("allegation", List.of("b"), List.of("a"), act, null, null, "denied", null, null,
                                       List.of(new Response("denial", List.of("a"), "denied the accusation", null, List.of(), null, null,
                                                            List.of(denial), null, null, null)),
                                       List.of(), List.of(allegation), null, null, null)),
                List.of(new Statement("quote", "Statement", List.of("la"), quote, null, null, List.of(), null, List.of(statement), null, null, null)),
                List.of(new TradeFlow("trade", goods, "a", "b", List.of(trade), null, null, null)),
                Long.toHexString(seed) + "-" + n);
    }

    private static String person(Random r) {
        return GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
    }

    /** Text built sentence by sentence, with the spans of what was added (gazetteer names are in the BMP: chars are code points). */
    private static final class Text {
        private final StringBuilder b = new StringBuilder();

        Span add(String piece) {
            String trimmed = piece.startsWith(" ") ? piece.substring(1) : piece;
            if (piece.startsWith(" "))
                b.append(' ');
            int start = b.length();
            b.append(trimmed);
            return new Span(start, b.length(), trimmed);
        }

        Span inside(Span outer, String piece) {
            int start = b.indexOf(piece, outer.start());
            return new Span(start, start + piece.length(), piece);
        }

        String text() {
            return b.toString();
        }
    }
}
