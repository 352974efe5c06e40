package org.newskg.facts;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes facts in the facts format, as {@link FactsReader} reads them back (text inline). */
public final class FactsWriter {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .addMixIn(ArticleFacts.class, WithoutHash.class)
            .addMixIn(Article.class, WithoutTextFile.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @JsonIgnoreProperties({ "contentHash" })
    private abstract static class WithoutHash {}

    @JsonIgnoreProperties({ "textFile" })
    private abstract static class WithoutTextFile {}

    private FactsWriter() {}

    public static void write(ArticleFacts facts, OutputStream out) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FactsReader.FORMAT);
        node.setAll((ObjectNode) JSON.valueToTree(facts));
        // the format requires the list even when empty (an article naming no one); empty lists are otherwise left out
        if (!node.has("entities"))
            node.putArray("entities");
        JSON.writeValue(out, node);
    }
}
