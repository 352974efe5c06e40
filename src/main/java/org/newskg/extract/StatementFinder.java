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
        List<Ent> speakers = a.speakerAfterQuote(verb.from(), verb.to());
        if (speakers.isEmpty())
            speakers = a.before(verb.from());
        if (speakers.isEmpty())
            speakers = a.after(verb.to()).stream().limit(1).toList();
        if (speakers.isEmpty())
            return;
        Found.Statement st = new Found.Statement(formal.isEmpty() ? "Remark" : "Statement", c.s,
                formal.isEmpty() ? 0.6 : at.rule().confidence(0, 0.7));
        st.speakers.add(speakers.get(0));
        st.quote = c.quote();
        if (st.type.equals("Remark") && st.quote == null && !followsThat(c.s, verb.to()))
            return;
        st.place = a.place();
        st.date = c.date();
        statements.add(st);
    }

    private static boolean followsThat(Sentence s, int i) {
        return i < s.size() && (s.token(i).lower().equals("that") || s.token(i).lower().equals(":"));
    }
}
