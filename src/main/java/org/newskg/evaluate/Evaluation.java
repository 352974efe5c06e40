package org.newskg.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.newskg.facts.ArticleFacts;
import org.newskg.link.Gazetteer;
import org.newskg.link.OfficeHolders;

/**
 * Scores predicted facts against gold annotations (the development corpus format), article by
 * article, summing the counts over the corpus (micro average). Predicted facts are first put in
 * the shape of the gold ({@link FactView#predicted}); then, per article:
 * <ul>
 * <li><b>Entity key.</b> A gold and a predicted entity are the same when both have a QID and the
 *     QIDs are equal; a QID is the one the entity carries, else the one the offline gazetteer
 *     gives its label (State, Organization, Place: gold "United States" without a QID is Q30, so
 *     is a predicted "U.S."; Leader: the one person the office-holders table knows by that full
 *     name or spelling). This QID only matches entities: a link is scored against the QID the
 *     gold itself gives. When either has no QID, their {@link Labels#normalize normalized}
 *     labels are compared, the predicted entity's aliases included. Persons also match when the
 *     last words of the names are equal and either the first words are equal or the predicted
 *     name is one word (a surname), even when their QIDs differ (person links are scored apart).</li>
 * <li><b>Actors</b> of facts (participants, parties, accuser, accused, denier) match by entity key,
 *     or a predicted state matches a gold leader whom the gold's leaders rows make a leader of that
 *     state, or a predicted person matches a gold state whose office the predicted tenures give
 *     him or her.</li>
 * <li><b>Entities</b> are matched one to one per gold type (predicted types translated), and once
 *     more over states and organizations together for the combined score.</li>
 * <li><b>Links</b> count gold states and organizations (and, apart, leaders) that have a QID in
 *     the gold: found when the matched predicted entity carries that QID, otherwise missed; a
 *     predicted entity carrying a QID is a false link when it is unmatched or its gold entity has
 *     another QID (not counted when the gold QID is null: not verified).</li>
 * <li><b>Leaders</b> (person, state, office): person and state by entity key, office loosely: after
 *     normalizing (parenthesized words dropped, "defense" spelled "defence") the offices are equal,
 *     or one is contained in the other as whole words ("President" in "Russian President"), or their
 *     last words are equal ("Foreign Minister" and "Minister").</li>
 * <li><b>Events</b>: same type and at least one participant in common (actors, one to one);
 *     matched to maximize the participants in common, then preferring the same evidence.</li>
 * <li><b>Agreements</b>: same type and party sets that, after each leader is replaced by his or her
 *     state, are equal or share at least two parties. The "parties only" score drops the type.</li>
 * <li><b>Allegations</b>: accuser and accused both match (actors); the headline score also needs the
 *     denial right: neither side denied, or both denied by matching actors.</li>
 * <li>Every matching is one to one and greedy, best score first, ties to the earlier item.</li>
 * </ul>
 *
 * <pre>
 *   EvaluationResult r = Evaluation.of(Gazetteer.standard()).score(gold, predicted);
 *   double f1 = r.score(Kind.EVENTS).f1();
 * </pre>
 */
public final class Evaluation {
    /** The rules above, one Markdown bullet each, for reports. */
    public static final List<String> RULES = List.of(
            "**Entity key**: equal QIDs when both sides have one, a QID being the one the entity carries or else the one "
            + "the offline gazetteer gives its label (gold \"United States\" without a QID is Q30, as is a predicted \"U.S.\"; "
            + "a leader's full name gives the QID of the one person the office-holders table knows by it or by a spelling it "
            + "lists); otherwise equal normalized labels (lower case, accents stripped, punctuation and a leading \"the\" removed), "
            + "a predicted entity's aliases included. Persons also match when the last words of the names are equal and "
            + "either the first words are equal or the predicted name is a surname alone, even if their QIDs differ.",
            "**Actors** of facts (participants, parties, accuser, accused, denier) match by entity key, or a predicted state "
            + "matches a gold leader of that state (per the gold's leaders rows), or a predicted person matches a gold state "
            + "whose office he or she holds (per the predicted tenures). A predicted state body (ministry, army) counts as its state.",
            "**Entities**: one-to-one per gold type (Person→Leader, State, InternationalOrganization→Organization, "
            + "NonStateGroup→Group, Place; other predicted types not scored), and again over states and organizations together.",
            "**Links**: gold states and organizations (and, apart, leaders) with a QID are found when the matched predicted "
            + "entity carries the same QID; a predicted entity carrying a QID is a false link when unmatched or matched to a "
            + "gold entity with another QID (not counted when the gold QID is null: not verified).",
            "**Leaders** (person, state, office): person and state by entity key; offices match when, normalized "
            + "(parenthesized words dropped, defense=defence), they are equal, one contains the other as whole words, "
            + "or their last words are equal (\"Foreign Minister\" ~ \"Minister\"). Tenures in international bodies are not scored.",
            "**Events**: not planned; same type and at least one participant in common; StateVisit=Visit, "
            + "Expulsion/Ceremony/MilitaryParade/Event=Other, statements of type Statement are Statement events "
            + "(Remark and Criticism are not). Matched to maximize participants in common, then same evidence.",
            "**Agreements**: same type (TradeRelation=TradeDeal, CooperationAgreement=Cooperation, Agreement=Other) and "
            + "party sets (parties, else declaredBy; a leader counts as his or her state) that are equal or share at least two "
            + "parties. \"Parties only\" drops the type.",
            "**Allegations**: one per accuser and accused; accuser and accused both match. \"With denial\" (the headline) also "
            + "needs the denial right: neither denied, or both denied by matching actors (predicted: the first denial's `by`).",
            "Every matching is one-to-one and greedy (best score first, ties to the earlier item); counts are summed over "
            + "all articles (micro average); a target is met when F1 reaches it.");

    private static final Set<String> STATES_AND_ORGS = Set.of("State", "Organization");
    private static final int EVIDENCE_MIN = 12;

    private final Labels labels;

    private Evaluation(Gazetteer gazetteer) {
        this.labels = new Labels(gazetteer, OfficeHolders.standard());
    }

    public static Evaluation of(Gazetteer gazetteer) {
        return new Evaluation(gazetteer);
    }

    /**
     * Scores every gold article against the predicted facts of the same id; a gold article
     * without predicted facts counts as nothing found. Predicted articles without gold are listed,
     * not scored.
     */
    public EvaluationResult score(Map<String, GoldArticle> gold, Map<String, ArticleFacts> predicted) {
        List<ArticleResult> articles = new ArrayList<>();
        List<String> withoutPrediction = new ArrayList<>();
        for (String id : new TreeSet<>(gold.keySet())) {
            ArticleFacts facts = predicted.get(id);
            if (facts == null)
                withoutPrediction.add(id);
            articles.add(scoreArticle(id, gold.get(id), facts));
        }
        List<String> withoutGold = new TreeSet<>(predicted.keySet()).stream().filter(id -> !gold.containsKey(id)).toList();
        return EvaluationResult.of(articles, withoutPrediction, withoutGold);
    }

    /** Scores one article; {@code predicted} may be null (nothing predicted). */
    public ArticleResult scoreArticle(String id, GoldArticle gold, ArticleFacts predicted) {
        FactView g = FactView.gold(gold, labels);
        FactView p = predicted == null ? FactView.EMPTY : FactView.predicted(predicted, labels);
        return new ArticleScorer(g, p).run(id, predicted != null);
    }

    // ---- the rules

    /** How well two entities match by entity key: 3 by QID, 2 by label, 1 by the person name rule, 0 not. */
    static int keyMatch(Ref gold, Ref pred) {
        if (gold == null || pred == null)
            return 0;
        boolean persons = "Leader".equals(gold.type()) && "Leader".equals(pred.type());
        if (gold.keyQid() != null && pred.keyQid() != null) {
            if (gold.keyQid().equals(pred.keyQid()))
                return 3;
            if (!persons)
                return 0;
        }
        String key = gold.keys().isEmpty() ? "" : gold.keys().get(0);
        if (key.isEmpty())
            return 0;
        if (pred.keys().contains(key))
            return 2;
        if (persons && pred.keys().stream().anyMatch(k -> sameSurname(key, k)))
            return 1;
        return 0;
    }

    /** Last words equal, and first words equal or the predicted name a single word. */
    static boolean sameSurname(String goldKey, String predKey) {
        String[] g = goldKey.split(" "), p = predKey.split(" ");
        if (g[0].isEmpty() || p[0].isEmpty() || !g[g.length - 1].equals(p[p.length - 1]))
            return false;
        return p.length == 1 || g[0].equals(p[0]);
    }

    /** Office titles compared loosely: 3 equal, 2 one inside the other as words, 1 same last word, 0 not. */
    static int officeMatch(String gold, String pred) {
        String a = officeKey(gold), b = officeKey(pred);
        if (a.isEmpty() || b.isEmpty())
            return 0;
        if (a.equals(b))
            return 3;
        if ((" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " "))
            return 2;
        return a.substring(a.lastIndexOf(' ') + 1).equals(b.substring(b.lastIndexOf(' ') + 1)) ? 1 : 0;
    }

    private static String officeKey(String office) {
        if (office == null)
            return "";
        return Labels.normalize(office.replaceAll("\\([^)]*\\)", " ")).replace("defense", "defence");
    }

    /** Whether some evidence of one side contains (loosely) some evidence of the other. */
    static boolean sameEvidence(List<String> gold, List<String> pred) {
        for (String g : gold) {
            String a = Labels.normalize(g);
            for (String p : pred) {
                String b = Labels.normalize(p);
                if (b.length() >= EVIDENCE_MIN && a.contains(b) || a.length() >= EVIDENCE_MIN && b.contains(a))
                    return true;
            }
        }
        return false;
    }

    /** One article's scoring: both views, the scores and findings so far. */
    private static final class ArticleScorer {
        private final FactView g, p;
        private final Map<Kind, Score> scores = new EnumMap<>(Kind.class);
        private final List<Finding> misses = new ArrayList<>(), falseHits = new ArrayList<>();

        ArticleScorer(FactView gold, FactView predicted) {
            this.g = gold;
            this.p = predicted;
        }

        ArticleResult run(String id, boolean predicted) {
            entitiesAndLinks();
            leaders();
            events();
            agreements();
            allegations();
            return new ArticleResult(id, predicted, scores, misses, falseHits);
        }

        /** Actor match: entity key, or a leader for his or her state (gold leaders rows, predicted tenures). */
        private int actorMatch(Ref gold, Ref pred) {
            int s = keyMatch(gold, pred);
            if (s > 0 || gold == null || pred == null)
                return s;
            if ("Leader".equals(gold.type()) && "State".equals(pred.type())
                    && g.statesOf(gold).stream().anyMatch(st -> keyMatch(st, pred) > 0))
                return 1;
            if ("State".equals(gold.type()) && "Leader".equals(pred.type())
                    && p.statesOf(pred).stream().anyMatch(st -> keyMatch(gold, st) > 0))
                return 1;
            return 0;
        }

        /** Actors in common, one to one. */
        private int shared(List<Ref> gold, List<Ref> pred) {
            return Matching.greedy(gold, pred, this::actorMatch).size();
        }

        // ---- entities and links

        private void entitiesAndLinks() {
            Map<String, List<Ref>> goldByType = new HashMap<>(), predByType = new HashMap<>();
            Map<String, Matching> byType = new HashMap<>();
            for (String type : GoldArticle.ENTITY_TYPES) {
                List<Ref> gs = ofTypes(g.entities(), Set.of(type)), ps = ofTypes(p.entities(), Set.of(type));
                Matching m = Matching.greedy(gs, ps, Evaluation::keyMatch);
                goldByType.put(type, gs);
                predByType.put(type, ps);
                byType.put(type, m);
                Kind kind = Kind.entities(type);
                scores.put(kind, m.score());
                for (int i = 0; i < gs.size(); i++)
                    if (m.pred(i) < 0)
                        misses.add(new Finding(kind, entity(gs.get(i)), otherType(gs.get(i), p.entities(), true)));
                for (int j = 0; j < ps.size(); j++)
                    if (m.gold(j) < 0)
                        falseHits.add(new Finding(kind, entity(ps.get(j)), otherType(ps.get(j), g.entities(), false)));
            }
            List<Ref> gs = ofTypes(g.entities(), STATES_AND_ORGS), ps = ofTypes(p.entities(), STATES_AND_ORGS);
            Matching m = Matching.greedy(gs, ps, Evaluation::keyMatch);
            scores.put(Kind.ENTITIES, m.score());
            links(Kind.LINKS, gs, ps, m);
            links(Kind.LINKS_LEADER, goldByType.get("Leader"), predByType.get("Leader"), byType.get("Leader"));
        }

        private static List<Ref> ofTypes(List<Ref> refs, Set<String> types) {
            return refs.stream().filter(r -> r.type() != null && types.contains(r.type())).toList();
        }

        /** "predicted as Place" when an entity of another type on the other side has the same key. */
        private static String otherType(Ref r, List<Ref> others, boolean isGold) {
            for (Ref o : others)
                if (!r.type().equals(o.type()) && (isGold ? keyMatch(r, o) : keyMatch(o, r)) > 0)
                    return (isGold ? "predicted as " : "gold has it as ") + o.type();
            return null;
        }

        private void links(Kind kind, List<Ref> gs, List<Ref> ps, Matching m) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gs.size(); i++) {
                Ref gr = gs.get(i);
                if (gr.qid() == null)
                    continue;
                Ref pr = m.pred(i) < 0 ? null : ps.get(m.pred(i));
                if (pr != null && gr.qid().equals(pr.qid())) {
                    tp++;
                } else {
                    fn++;
                    misses.add(new Finding(kind, link(gr), pr == null ? "entity not found"
                            : pr.qid() == null ? "found, not linked" : "linked to " + pr.qid()));
                }
            }
            for (int j = 0; j < ps.size(); j++) {
                Ref pr = ps.get(j);
                if (pr.qid() == null)
                    continue;
                Ref gr = m.gold(j) < 0 ? null : gs.get(m.gold(j));
                if (gr == null) {
                    fp++;
                    falseHits.add(new Finding(kind, link(pr), "no such gold entity"));
                } else if (gr.qid() != null && !gr.qid().equals(pr.qid())) {
                    fp++;
                    falseHits.add(new Finding(kind, link(pr), "gold " + gr.qid()));
                }
            }
            scores.put(kind, new Score(tp, fp, fn));
        }

        // ---- leaders

        private void leaders() {
            List<FactView.Leader> gs = g.leaders(), ps = p.leaders();
            Matching m = Matching.greedy(gs, ps, (a, b) -> {
                int person = keyMatch(a.person(), b.person()), state = keyMatch(a.state(), b.state());
                int office = officeMatch(a.office(), b.office());
                return person == 0 || state == 0 || office == 0 ? 0 : office * 16 + person * 4 + state;
            });
            scores.put(Kind.LEADERS, m.score());
            Matching near = leftovers(gs, ps, m, (a, b) -> keyMatch(a.person(), b.person()) > 0 && keyMatch(a.state(), b.state()) > 0 ? 1 : 0);
            report(Kind.LEADERS, gs, ps, m, near, Evaluation::leader,
                   (a, b) -> "predicted office \"" + b.office() + "\"", (b, a) -> "gold office \"" + a.office() + "\"");
        }

        // ---- events

        private void events() {
            List<FactView.Event> gs = g.events(), ps = p.events();
            Matching m = Matching.greedy(gs, ps, (a, b) -> a.type().equals(b.type()) ? eventScore(a, b) : 0);
            scores.put(Kind.EVENTS, m.score());
            Matching near = leftovers(gs, ps, m, (a, b) -> sameEvidence(a.evidence(), b.evidence()) ? eventScore(a, b) : 0);
            report(Kind.EVENTS, gs, ps, m, near, Evaluation::event,
                   (a, b) -> "predicted as " + b.type() + " " + names(b.participants()),
                   (b, a) -> "gold has it as " + a.type() + " " + names(a.participants()));
        }

        private int eventScore(FactView.Event a, FactView.Event b) {
            int shared = shared(a.participants(), b.participants());
            return shared == 0 ? 0 : shared * 2 + (sameEvidence(a.evidence(), b.evidence()) ? 1 : 0);
        }

        // ---- agreements

        private void agreements() {
            List<FactView.Agreement> gs = g.agreements(), ps = p.agreements();
            List<List<Ref>> gParties = gs.stream().map(a -> g.asStates(a.parties())).toList();
            List<List<Ref>> pParties = ps.stream().map(a -> p.asStates(a.parties())).toList();
            int[][] shared = new int[gs.size()][ps.size()];
            for (int i = 0; i < gs.size(); i++)
                for (int j = 0; j < ps.size(); j++) {
                    int n = shared(gParties.get(i), pParties.get(j));
                    boolean same = n > 0 && n == gParties.get(i).size() && n == pParties.get(j).size();
                    shared[i][j] = n >= 2 || same ? n : 0;
                }
            List<Integer> gi = indices(gs.size()), pj = indices(ps.size());
            ToIntBiFunction<Integer, Integer> untyped = (i, j) -> shared[i][j] == 0 ? 0
                    : shared[i][j] * 4 + (gs.get(i).type().equals(ps.get(j).type()) ? 2 : 0)
                      + (sameEvidence(gs.get(i).evidence(), ps.get(j).evidence()) ? 1 : 0);
            Matching typed = Matching.greedy(gi, pj, (i, j) -> gs.get(i).type().equals(ps.get(j).type()) ? untyped.applyAsInt(i, j) : 0);
            scores.put(Kind.AGREEMENTS, typed.score());
            scores.put(Kind.AGREEMENTS_UNTYPED, Matching.greedy(gi, pj, untyped).score());
            Matching near = Matching.greedy(gi, pj, (i, j) -> typed.pred(i) >= 0 || typed.gold(j) >= 0 ? 0 : untyped.applyAsInt(i, j));
            report(Kind.AGREEMENTS, gs, ps, typed, near, Evaluation::agreement,
                   (a, b) -> "parties found in a predicted " + b.type(), (b, a) -> "gold has it as " + a.type());
        }

        // ---- allegations

        private void allegations() {
            List<FactView.Allegation> gs = g.allegations(), ps = p.allegations();
            ToIntBiFunction<FactView.Allegation, FactView.Allegation> pair = (a, b) ->
                    actorMatch(a.accuser(), b.accuser()) > 0 && actorMatch(a.accused(), b.accused()) > 0
                            ? 4 + (denialRight(a, b) ? 2 : 0) + (sameEvidence(a.evidence(), b.evidence()) ? 1 : 0) : 0;
            Matching withDenial = Matching.greedy(gs, ps, (a, b) -> denialRight(a, b) ? pair.applyAsInt(a, b) : 0);
            scores.put(Kind.ALLEGATIONS, withDenial.score());
            scores.put(Kind.ALLEGATION_PAIRS, Matching.greedy(gs, ps, pair).score());
            Matching near = leftovers(gs, ps, withDenial, pair);
            report(Kind.ALLEGATIONS, gs, ps, withDenial, near, Evaluation::allegation,
                   (a, b) -> "pair found; predicted " + denial(b), (b, a) -> "pair in gold; gold " + denial(a));
        }

        private boolean denialRight(FactView.Allegation gold, FactView.Allegation pred) {
            if (gold.deniedBy() == null || pred.deniedBy() == null)
                return gold.deniedBy() == null && pred.deniedBy() == null;
            return actorMatch(gold.deniedBy(), pred.deniedBy()) > 0;
        }

        // ---- findings

        /**
         * A looser matching among the items the strict one left unmatched, to explain misses and
         * false hits in notes.
         */
        private static <T> Matching leftovers(List<T> gs, List<T> ps, Matching strict, ToIntBiFunction<T, T> score) {
            return Matching.greedy(indices(gs.size()), indices(ps.size()), (i, j) ->
                    strict.pred(i) >= 0 || strict.gold(j) >= 0 ? 0 : score.applyAsInt(gs.get(i), ps.get(j)));
        }

        private <T> void report(Kind kind, List<T> gs, List<T> ps, Matching m, Matching near, Function<T, String> describe,
                                BiFunction<T, T, String> goldNote, BiFunction<T, T, String> predNote) {
            for (int i = 0; i < gs.size(); i++)
                if (m.pred(i) < 0)
                    misses.add(new Finding(kind, describe.apply(gs.get(i)),
                                           near.pred(i) < 0 ? null : goldNote.apply(gs.get(i), ps.get(near.pred(i)))));
            for (int j = 0; j < ps.size(); j++)
                if (m.gold(j) < 0)
                    falseHits.add(new Finding(kind, describe.apply(ps.get(j)),
                                              near.gold(j) < 0 ? null : predNote.apply(ps.get(j), gs.get(near.gold(j)))));
        }

        private static List<Integer> indices(int n) {
            return IntStream.range(0, n).boxed().toList();
        }
    }

    // ---- how items are printed

    static String entity(Ref r) {
        return "entity " + r.type() + " \"" + r.label() + "\"" + (r.qid() == null ? "" : " " + r.qid());
    }

    static String link(Ref r) {
        return "link " + r.type() + " \"" + r.label() + "\" " + r.qid();
    }

    static String leader(FactView.Leader l) {
        return "leader " + l.person().label() + " — " + l.office() + " of " + l.state().label();
    }

    static String event(FactView.Event e) {
        return "event " + e.type() + " " + names(e.participants()) + (e.place() == null ? "" : " @ " + e.place().label())
               + evidence(e.evidence());
    }

    static String agreement(FactView.Agreement a) {
        return "agreement " + a.type() + " " + names(a.parties()) + evidence(a.evidence());
    }

    static String allegation(FactView.Allegation a) {
        return "allegation " + a.accuser().label() + " → " + a.accused().label() + ", " + denial(a)
               + (a.act() == null ? "" : "; act: " + a.act()) + evidence(a.evidence());
    }

    static String denial(FactView.Allegation a) {
        return a.deniedBy() == null ? "not denied" : "denied by " + a.deniedBy().label();
    }

    static String names(List<Ref> refs) {
        return refs.stream().map(Ref::label).collect(Collectors.joining(", ", "[", "]"));
    }

    private static final int EVIDENCE_SHOWN = 160;

    static String evidence(List<String> evidence) {
        if (evidence.isEmpty())
            return "";
        String s = evidence.get(0).replaceAll("\\s+", " ").strip();
        if (s.length() > EVIDENCE_SHOWN)
            s = s.substring(0, EVIDENCE_SHOWN - 1).strip() + "…";
        return " — \"" + s + "\"";
    }
}
