package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/** Statements: formal ones from the {@code statements} table, and remarks ("X said that ..."). */
final class StatementFinder {
    final List<Found.Statement> statements = new ArrayList<>();

    void read(SentenceContext c) {
        SentenceActors a = c.actors;
        List<RuleMatch> formal = c.found("statements");
        List<RuleMatch> said = c.found("speech");
        if (formal.isEmpty() && said.isEmpty())
            return;
        RuleMatch at = !formal.isEmpty() ? formal.get(0) : said.get(0);
        RuleMatch verb = said.isEmpty() ? at : said.get(0);
        String quote = c.quote();
        if (formal.isEmpty() && quote == null && !followsThat(c.s, verb.to()))
            return; // a remark is kept only with its words: quoted, or "said that ..."
        List<Ent> speakers = a.speakerAfterQuote(verb.from(), verb.to());
        // the speaker is the subject of the verb of saying, or, for "in an interview" without
        // one, of the main clause: not whoever is named nearest before it
        if (speakers.isEmpty())
            speakers = said.isEmpty() ? c.clause().mainSubject() : c.clause().subject(verb.from());
        // "the DPP's candidate Lai Ching-te said": the person named last heads the phrase, not its possessor
        List<Ent> nearest = a.before(verb.from());
        if (!nearest.isEmpty() && nearest.get(0).isPerson() && speakers.stream().noneMatch(Ent::isPerson))
            speakers = List.of(nearest.get(0));
        if (speakers.isEmpty())
            speakers = a.before(verb.from());
        // "In a statement, Japan said": the actor after a formal phrase; after a verb of saying it
        // is what was said ("the statement said Myanmar must ...")
        if (speakers.isEmpty() && said.isEmpty())
            speakers = a.after(verb.to()).stream().limit(1).toList();
        if (speakers.isEmpty())
            return;
        Found.Statement st = new Found.Statement(formal.isEmpty() ? "Remark" : "Statement", c.s,
                formal.isEmpty() ? 0.6 : at.rule().confidence(0, 0.7));
        st.speakers.add(speakers.get(0));
        st.quote = quote;
        st.place = a.place();
        st.date = c.date();
        statements.add(st);
    }

    private static boolean followsThat(Sentence s, int i) {
        return i < s.size() && (s.token(i).lower().equals("that") || s.token(i).lower().equals(":"));
    }
}
