package org.newskg.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a JSON Schema cannot express: identifiers unique, every reference resolving to
 * something of the right kind, spans inside the text and matching it, dates that exist.
 * Collects every problem, each with its JSON path, rather than stopping at the first.
 */
final class FactsChecker {
    private static final Set<String> ACTORS = Set.of("State", "InternationalOrganization", "StateGroup", "StateBody",
                                                     "Person", "PersonGroup", "NonStateGroup", "NewsOrganization");
    private static final Set<String> PLACES = Set.of("Place", "State");
    private static final Set<String> GROUPS = Set.of("InternationalOrganization", "StateGroup");
    private static final Set<String> OFFICE_HOLDERS = Set.of("State", "InternationalOrganization", "StateBody");

    private final ArticleFacts facts;
    private final TextOffsets text;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> entityTypes = new HashMap<>();
    private final Map<String, String> factKinds = new HashMap<>();

    FactsChecker(ArticleFacts facts) {
        this.facts = facts;
        this.text = new TextOffsets(facts.article().text());
    }

    List<Problem> check() {
        indexIds();
        checkArticle(facts.article());
        forEach(facts.entities(), "$.entities", this::checkEntity);
        forEach(facts.leadership(), "$.leadership", this::checkTenure);
        forEach(facts.events(), "$.events", this::checkEvent);
        forEach(facts.agreements(), "$.agreements", this::checkAgreement);
        forEach(facts.allegations(), "$.allegations", this::checkAllegation);
        forEach(facts.statements(), "$.statements", this::checkStatement);
        forEach(facts.tradeFlows(), "$.tradeFlows", this::checkTradeFlow);
        return problems;
    }

    private interface Check<T> {
        void apply(T item, String path);
    }

    private static <T> void forEach(List<T> items, String path, Check<T> check) {
        for (int i = 0; i < items.size(); i++)
            check.apply(items.get(i), path + "[" + i + "]");
    }

    // ---- identifiers

    private void indexIds() {
        forEach(facts.entities(), "$.entities", (e, p) -> claim(e.id(), p, "entity", e.type()));
        forEach(facts.leadership(), "$.leadership", (f, p) -> claim(f.id(), p, "fact", "Tenure"));
        forEach(facts.events(), "$.events", (f, p) -> claim(f.id(), p, "fact", "Event"));
        forEach(facts.agreements(), "$.agreements", (f, p) -> claim(f.id(), p, "fact", "Agreement"));
        forEach(facts.allegations(), "$.allegations", (a, p) -> {
            claim(a.id(), p, "fact", "Allegation");
            forEach(a.denials(), p + ".denials", (d, q) -> claim(d.id(), q, "fact", "Denial"));
            forEach(a.counterClaims(), p + ".counterClaims", (c, q) -> claim(c.id(), q, "fact", "CounterClaim"));
        });
        forEach(facts.statements(), "$.statements", (f, p) -> claim(f.id(), p, "fact", "Statement"));
        forEach(facts.tradeFlows(), "$.tradeFlows", (f, p) -> claim(f.id(), p, "fact", "TradeFlow"));
    }

    private void claim(String id, String path, String what, String kind) {
        if (entityTypes.containsKey(id) || factKinds.containsKey(id)) {
            problem(path + ".id", "identifier '" + id + "' is used twice");
            return;
        }
        (what.equals("entity") ? entityTypes : factKinds).put(id, kind);
    }

    // ---- references

    private void entityRef(String id, String path, Set<String> allowed, String expected) {
        if (id == null)
            return;
        String type = entityTypes.get(id);
        if (type == null)
            problem(path, "refers to '" + id + "', which is not an entity of this file");
        else if (!allowed.contains(type))
            problem(path, "refers to '" + id + "', a " + type + ", but must be " + expected);
    }

    private void entityRefs(List<String> ids, String path, Set<String> allowed, String expected) {
        for (int i = 0; i < ids.size(); i++)
            entityRef(ids.get(i), path + "[" + i + "]", allowed, expected);
    }

    private void actors(List<String> ids, String path) {
        entityRefs(ids, path, ACTORS, "an actor (state, organization, state body, group or person)");
    }

    private void factRef(String id, String path, String requiredKind) {
        if (id == null)
            return;
        String kind = factKinds.get(id);
        if (kind == null)
            problem(path, "refers to '" + id + "', which is not a fact of this file");
        else if (requiredKind != null && !requiredKind.equals(kind))
            problem(path, "refers to '" + id + "', a " + kind + ", but must be " + requiredKind.toLowerCase() + "");
    }

    // ---- items

    private void checkArticle(Article a) {
        entityRef(a.publisher(), "$.article.publisher", Set.of("NewsOrganization"), "a NewsOrganization");
        entityRefs(a.agencies(), "$.article.agencies", Set.of("NewsOrganization"), "a NewsOrganization");
        if (a.published() != null && !validDateOrDateTime(a.published()))
            problem("$.article.published", "'" + a.published() + "' is not a real date or date-time");
    }

    private void checkEntity(Entity e, String path) {
        switch (e.type()) {
            case "StateBody" -> entityRef(e.partOf(), path + ".partOf", Set.of("State"), "a State");
            case "Place" -> entityRef(e.partOf(), path + ".partOf", PLACES, "a State or a Place");
            default -> {
                if (e.partOf() != null)
                    problem(path + ".partOf", "only a StateBody or a Place can be part of something");
            }
        }
        entityRefs(e.memberOf(), path + ".memberOf", GROUPS, "an InternationalOrganization or StateGroup");
        if (e.nationality() != null && !Set.of("Person", "PersonGroup").contains(e.type()))
            problem(path + ".nationality", "only a Person or PersonGroup has a nationality");
        entityRef(e.nationality(), path + ".nationality", Set.of("State"), "a State");
        for (int i = 0; i < e.mentions().size(); i++)
            span(e.mentions().get(i), path + ".mentions[" + i + "]");
    }

    private void checkTenure(Tenure t, String path) {
        entityRef(t.person(), path + ".person", Set.of("Person"), "a Person");
        entityRef(t.of(), path + ".of", OFFICE_HOLDERS, "a State, InternationalOrganization or StateBody");
        period(t.start(), t.end(), path);
        provenance(t, path);
    }

    private void checkEvent(Event e, String path) {
        for (int i = 0; i < e.participants().size(); i++)
            entityRef(e.participants().get(i).entity(), path + ".participants[" + i + "].entity", ACTORS, "an actor");
        entityRef(e.place(), path + ".place", PLACES, "a Place or a State");
        factRef(e.occasion(), path + ".occasion", "Event");
        if (e.occasion() != null && e.occasion().equals(e.id()))
            problem(path + ".occasion", "an event cannot be its own occasion");
        date(e.date(), path + ".date");
        provenance(e, path);
    }

    private void checkAgreement(Agreement a, String path) {
        actors(a.parties(), path + ".parties");
        actors(a.beneficiaries(), path + ".beneficiaries");
        actors(a.declaredBy(), path + ".declaredBy");
        period(a.start(), a.end(), path);
        provenance(a, path);
    }

    private void checkAllegation(Allegation a, String path) {
        actors(a.accusers(), path + ".accusers");
        actors(a.accused(), path + ".accused");
        factRef(a.concerns(), path + ".concerns", null);
        factRef(a.allegedEvent(), path + ".allegedEvent", "Event");
        date(a.date(), path + ".date");
        provenance(a, path);
        forEach(a.denials(), path + ".denials", (d, p) -> {
            actors(d.by(), p + ".by");
            provenance(d, p);
        });
        forEach(a.counterClaims(), path + ".counterClaims", (c, p) -> {
            actors(c.by(), p + ".by");
            actors(c.against(), p + ".against");
            provenance(c, p);
        });
    }

    private void checkStatement(Statement s, String path) {
        actors(s.speakers(), path + ".speakers");
        actors(s.criticized(), path + ".criticized");
        if (!s.criticized().isEmpty() && !"Criticism".equals(s.type()))
            problem(path + ".criticized", "only a Criticism names whom it criticizes");
        factRef(s.about(), path + ".about", null);
        date(s.date(), path + ".date");
        provenance(s, path);
    }

    private void checkTradeFlow(TradeFlow t, String path) {
        entityRef(t.from(), path + ".from", ACTORS, "an actor");
        entityRef(t.to(), path + ".to", ACTORS, "an actor");
        if (t.from().equals(t.to()))
            problem(path + ".to", "a trade flow needs two different actors");
        provenance(t, path);
    }

    // ---- values

    private void provenance(Fact f, String path) {
        for (int i = 0; i < f.evidence().size(); i++)
            span(f.evidence().get(i), path + ".evidence[" + i + "]");
    }

    private void span(Span s, String path) {
        if (!text.inBounds(s.start(), s.end())) {
            problem(path, "span " + s.start() + ".." + s.end() + " lies outside the article text (0.." + text.length() + ")");
            return;
        }
        String actual = text.substring(s.start(), s.end());
        if (!actual.equals(s.text()))
            problem(path + ".text", "\"" + abbreviate(s.text()) + "\" does not match the article text at "
                    + s.start() + ".." + s.end() + ", which reads \"" + abbreviate(actual) + "\"");
    }

    private void period(String start, String end, String path) {
        date(start, path + ".start");
        date(end, path + ".end");
        if (validDate(start) && validDate(end) && padStart(start).compareTo(padStart(end)) > 0)
            problem(path + ".end", "ends (" + end + ") before it starts (" + start + ")");
    }

    private void date(String value, String path) {
        if (value != null && !validDate(value))
            problem(path, "'" + value + "' is not a real date");
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD naming a day, month or year that exists. */
    static boolean validDate(String value) {
        if (value == null)
            return false;
        try {
            switch (value.length()) {
                case 4 -> Integer.parseInt(value);
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> {
                    return false;
                }
            }
            return true;
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean validDateOrDateTime(String value) {
        if (value.length() == 10)
            return validDate(value);
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Earliest day a partial date can mean, for ordering start and end. */
    private static String padStart(String date) {
        return (date + "-01-01").substring(0, 10);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private void problem(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
