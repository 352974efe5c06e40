package org.newskg.link;

import java.util.List;

/** What a {@code link} run did. {@code endpointProblem} is null when the endpoint answered throughout. */
public record LinkReport(int considered, int byGazetteer, int byEndpoint, int suggested, List<String> unlinked,
                         String endpointProblem) {
    @Override
    public String toString() {
        return considered + " entities without a Wikidata link: " + byGazetteer + " linked from the gazetteer, "
                + byEndpoint + " from Wikidata, " + suggested + " with suggestions for review, "
                + unlinked.size() + " left unlinked"
                + (endpointProblem == null ? "" : "; the endpoint failed, so the rest ran offline: " + endpointProblem);
    }
}
