package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/** Trade flows from the {@code trade} table: "Russia supplies gas to China", "India imports oil from Russia". */
final class TradeFinder {
    final List<Found.TradeFlow> tradeFlows = new ArrayList<>();

    void read(SentenceContext c) {
        SentenceActors a = c.actors;
        Sentence s = c.s;
        for (RuleMatch m : c.found("trade")) {
            boolean export = m.rule().column(0, "export").equals("export");
            String preposition = export ? "to" : "from";
            int prep = -1;
            for (int k = m.to(); k < Math.min(s.size(), m.to() + 8); k++)
                if (s.token(k).lower().equals(preposition)) {
                    prep = k;
                    break;
                }
            if (prep <= m.to() || "planned".equals(c.modality(m.from(), 2)))
                continue;
            List<Ent> subject = a.subjectBefore(m.from()), other = a.after(prep + 1);
            if (subject.isEmpty() || other.isEmpty() || subject.get(0).asState() == other.get(0).asState())
                continue;
            String goods = s.text(c.text, m.to(), prep).replaceFirst("^(?i)(the|a|an|its|their|more|less|some)\\s+", "").strip();
            if (goods.isEmpty() || !Character.isLetter(goods.charAt(0)))
                continue;
            Ent from = export ? subject.get(0).asState() : other.get(0).asState();
            Ent to = export ? other.get(0).asState() : subject.get(0).asState();
            tradeFlows.add(new Found.TradeFlow(goods, from, to, s, m.rule().confidence(1, 0.6)));
        }
    }
}
