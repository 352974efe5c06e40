package org.newskg.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.facts.ArticleFacts;
import org.newskg.facts.Entity;
import org.newskg.facts.Fact;
import org.newskg.facts.Participant;
import org.newskg.facts.Response;
import org.newskg.facts.Span;
import org.newskg.facts.Statement;
import org.newskg.facts.Tenure;

/**
 * One article's entities and facts in the shape of the gold format, so that gold and predicted
 * can be compared item by item. {@link #gold} takes a gold file as it is; {@link #predicted}
 * translates the facts format:
 * <ul>
 * <li>entities: Person → Leader, State → State, InternationalOrganization → Organization,
 *     NonStateGroup → Group, Place → Place; StateBody, StateGroup, PersonGroup and
 *     NewsOrganization are not listed;</li>
 * <li>wherever a fact names a StateBody that is part of a state (a ministry, an army), the state
 *     stands for it, as the gold's "organs of a state are the state";</li>
 * <li>leaders: tenures of a person in an office of a state (or of a state body of it), office =
 *     the title as printed, else the office kind in words; tenures in international bodies are
 *     left out, as the gold has no rows for them;</li>
 * <li>events: those not {@code planned}; Meeting, Summit, PhoneCall, Attack, MilitaryExercise keep
 *     their type, StateVisit is Visit, Expulsion, Ceremony, MilitaryParade and Event are Other;
 *     statements of type Statement are Statement events with their speakers as participants
 *     (Remark and Criticism are not events);</li>
 * <li>agreements: Partnership, Alliance, Treaty, Ceasefire, SupportPledge keep their type,
 *     TradeRelation is TradeDeal, CooperationAgreement is Cooperation, Agreement is Other;
 *     parties are {@code parties}, or {@code declaredBy} when there are none;</li>
 * <li>allegations: one per accuser and accused; denied by the first entity of the first denial's
 *     {@code by} (by the accused when that denial names no one), else not denied; an allegation
 *     without accuser or accused is left out, as the gold only records claims by a named actor.</li>
 * </ul>
 *
 * @param statesOf for a person, the states whose offices he or she holds (gold: the leaders rows;
 *                 predicted: the tenures)
 */
public record FactView(List<Ref> entities, Map<Ref, List<Ref>> statesOf, List<Leader> leaders, List<Event> events,
                       List<Agreement> agreements, List<Allegation> allegations) {

    public FactView {
        entities = List.copyOf(entities);
        statesOf = Map.copyOf(statesOf);
        leaders = List.copyOf(leaders);
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
        allegations = List.copyOf(allegations);
    }

    /** Nothing predicted. */
    public static final FactView EMPTY = new FactView(List.of(), Map.of(), List.of(), List.of(), List.of(), List.of());

    /** A person (leader) holding an office of a state. */
    public record Leader(Ref person, Ref state, String office) {}

    /** An event: gold type, participants, the place (or null) and the evidence sentences. */
    public record Event(String type, List<Ref> participants, Ref place, List<String> evidence) {}

    /** An agreement: gold type, parties, evidence. */
    public record Agreement(String type, List<Ref> parties, List<String> evidence) {}

    /** An allegation: accuser, accused, act, who denies it (or null), evidence. */
    public record Allegation(Ref accuser, Ref accused, String act, Ref deniedBy, List<String> evidence) {}

    /** The states whose offices a person holds (empty for anything else). */
    public List<Ref> statesOf(Ref person) {
        return statesOf.getOrDefault(person, List.of());
    }

    /** The parties with every leader replaced by his or her state(s) where known, without repeats. */
    public List<Ref> asStates(List<Ref> parties) {
        Set<Ref> out = new LinkedHashSet<>();
        for (Ref r : parties) {
            List<Ref> states = "Leader".equals(r.type()) ? statesOf(r) : List.of();
            if (states.isEmpty())
                out.add(r);
            else
                out.addAll(states);
        }
        return List.copyOf(out);
    }

    // ---- gold

    /** A gold file as it is. */
    public static FactView gold(GoldArticle gold, Labels labels) {
        Map<String, Ref> byLabel = new LinkedHashMap<>();
        for (GoldArticle.Entity e : gold.entities()) {
            String qid = e.wikidata();
            String keyQid = qid != null ? qid : labels.qid(e.label(), e.type());
            byLabel.put(e.label(), new Ref(e.label(), e.type(), e.label(), List.of(Labels.normalize(e.label())), qid, keyQid));
        }
        Map<Ref, List<Ref>> statesOf = new HashMap<>();
        List<Leader> leaders = new ArrayList<>();
        for (GoldArticle.Leader l : gold.leaders()) {
            Ref person = byLabel.get(l.leader()), state = byLabel.get(l.state());
            leaders.add(new Leader(person, state, l.office()));
            List<Ref> states = statesOf.computeIfAbsent(person, k -> new ArrayList<>());
            if (!states.contains(state))
                states.add(state);
        }
        List<Event> events = new ArrayList<>();
        for (GoldArticle.Event e : gold.events())
            events.add(new Event(e.type(), e.participants().stream().map(byLabel::get).toList(),
                                 e.place() == null ? null : byLabel.get(e.place()), evidence(e.evidence())));
        List<Agreement> agreements = new ArrayList<>();
        for (GoldArticle.Agreement a : gold.agreements())
            agreements.add(new Agreement(a.type(), a.parties().stream().map(byLabel::get).toList(), evidence(a.evidence())));
        List<Allegation> allegations = new ArrayList<>();
        for (GoldArticle.Allegation a : gold.allegations())
            allegations.add(new Allegation(byLabel.get(a.accuser()), byLabel.get(a.accused()), a.act(),
                                           a.deniedBy() == null ? null : byLabel.get(a.deniedBy()), evidence(a.evidence())));
        return new FactView(List.copyOf(byLabel.values()), statesOf, leaders, events, agreements, allegations);
    }

    private static List<String> evidence(String sentence) {
        return sentence == null ? List.of() : List.of(sentence);
    }

    // ---- predicted

    private static final Map<String, String> ENTITY_TYPES = Map.of(
            "Person", "Leader", "State", "State", "InternationalOrganization", "Organization",
            "NonStateGroup", "Group", "Place", "Place");
    private static final Map<String, String> EVENT_TYPES = Map.of(
            "Meeting", "Meeting", "StateVisit", "Visit", "Summit", "Summit", "PhoneCall", "PhoneCall",
            "Attack", "Attack", "MilitaryExercise", "MilitaryExercise");
    private static final Map<String, String> AGREEMENT_TYPES = Map.of(
            "Partnership", "Partnership", "Alliance", "Alliance", "Treaty", "Treaty", "Ceasefire", "Ceasefire",
            "SupportPledge", "SupportPledge", "TradeRelation", "TradeDeal", "CooperationAgreement", "Cooperation");
    private static final Map<String, String> OFFICE_WORDS = Map.of(
            "HeadOfState", "head of state", "HeadOfGovernment", "head of government", "Minister", "minister",
            "ForeignMinister", "foreign minister", "DefenceMinister", "defence minister",
            "MilitaryCommander", "military commander", "OrganizationLeader", "leader");

    /** The gold type a predicted entity type is scored as, or null when the gold does not list it. */
    public static String goldType(String factsType) {
        return ENTITY_TYPES.get(factsType);
    }

    /** Facts in the shape of the gold. */
    public static FactView predicted(ArticleFacts facts, Labels labels) {
        return new Translation(facts, labels).view();
    }

    private static final class Translation {
        private final ArticleFacts facts;
        private final Labels labels;
        private final Map<String, Entity> byId = new HashMap<>();
        private final Map<String, Ref> refs = new HashMap<>();

        Translation(ArticleFacts facts, Labels labels) {
            this.facts = facts;
            this.labels = labels;
            for (Entity e : facts.entities())
                byId.putIfAbsent(e.id(), e);
        }

        FactView view() {
            List<Ref> entities = new ArrayList<>();
            for (Entity e : facts.entities())
                if (ENTITY_TYPES.containsKey(e.type()))
                    entities.add(ref(e.id()));

            Map<Ref, List<Ref>> statesOf = new HashMap<>();
            List<Leader> leaders = new ArrayList<>();
            for (Tenure t : facts.leadership()) {
                Ref person = actor(t.person()), state = actor(t.of());
                if (person == null || state == null || !"Leader".equals(person.type()) || !"State".equals(state.type()))
                    continue;
                leaders.add(new Leader(person, state, office(t)));
                List<Ref> states = statesOf.computeIfAbsent(person, k -> new ArrayList<>());
                if (!states.contains(state))
                    states.add(state);
            }

            List<Event> events = new ArrayList<>();
            for (org.newskg.facts.Event e : facts.events()) {
                if (Boolean.TRUE.equals(e.planned()))
                    continue;
                List<Ref> participants = actors(e.participants().stream().map(Participant::entity).toList());
                events.add(new Event(EVENT_TYPES.getOrDefault(e.type(), "Other"), participants, actor(e.place()), evidence(e)));
            }
            for (Statement s : facts.statements())
                if ("Statement".equals(s.type()))
                    events.add(new Event("Statement", actors(s.speakers()), null, evidence(s)));

            List<Agreement> agreements = new ArrayList<>();
            for (org.newskg.facts.Agreement a : facts.agreements()) {
                List<String> parties = a.parties().isEmpty() ? a.declaredBy() : a.parties();
                agreements.add(new Agreement(AGREEMENT_TYPES.getOrDefault(a.type(), "Other"), actors(parties), evidence(a)));
            }

            List<Allegation> allegations = new ArrayList<>();
            for (org.newskg.facts.Allegation a : facts.allegations()) {
                List<Ref> accused = actors(a.accused());
                Ref deniedBy = null;
                if (!a.denials().isEmpty()) {
                    Response first = a.denials().get(0);
                    deniedBy = first.by().isEmpty() ? (accused.isEmpty() ? null : accused.get(0)) : actor(first.by().get(0));
                }
                for (Ref accuser : actors(a.accusers()))
                    for (Ref target : accused)
                        allegations.add(new Allegation(accuser, target, a.act(), deniedBy, evidence(a)));
                // a counter-claim is an accusation of its own: "Russia denied it and accused Ukraine of provocations"
                for (Response c : a.counterClaims())
                    for (Ref accuser : actors(c.by()))
                        for (Ref target : actors(c.against()))
                            allegations.add(new Allegation(accuser, target, c.act(), null, evidence(c)));
            }
            return new FactView(entities, statesOf, leaders, events, agreements, allegations);
        }

        /** The entity as scored, a state body replaced by its state. */
        private Ref actor(String id) {
            if (id == null)
                return null;
            Entity e = byId.get(id);
            for (int depth = 0; e != null && "StateBody".equals(e.type()) && e.partOf() != null && depth < 8; depth++) {
                Entity whole = byId.get(e.partOf());
                if (whole == null)
                    break;
                e = whole;
            }
            return ref(e == null ? id : e.id());
        }

        private List<Ref> actors(List<String> ids) {
            Set<Ref> out = new LinkedHashSet<>();
            for (String id : ids) {
                Ref r = actor(id);
                if (r != null)
                    out.add(r);
            }
            return List.copyOf(out);
        }

        private Ref ref(String id) {
            return refs.computeIfAbsent(id, k -> {
                Entity e = byId.get(k);
                if (e == null)
                    return new Ref(k, null, k, List.of(Labels.normalize(k)), null, null);
                String type = ENTITY_TYPES.get(e.type());
                Set<String> keys = new LinkedHashSet<>();
                keys.add(Labels.normalize(e.name()));
                e.aliases().forEach(a -> keys.add(Labels.normalize(a)));
                keys.remove("");
                String keyQid = e.wikidata();
                if (keyQid == null) {
                    keyQid = labels.qid(e.name(), type);
                    for (int i = 0; keyQid == null && i < e.aliases().size(); i++)
                        keyQid = labels.qid(e.aliases().get(i), type);
                }
                return new Ref(e.id(), type, e.name(), List.copyOf(keys), e.wikidata(), keyQid);
            });
        }

        private static String office(Tenure t) {
            if (t.title() != null && !t.title().isBlank())
                return t.title();
            return t.office() == null ? "" : OFFICE_WORDS.getOrDefault(t.office(), "");
        }

        private static List<String> evidence(Fact f) {
            return f.evidence().stream().map(Span::text).toList();
        }
    }
}
