package org.newskg.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Synthetic articles as raw input: JSON Lines of id, title, date and text, what {@code ingest} reads. */
public final class SyntheticJsonl {
    private SyntheticJsonl() {}

    /** Articles {@code first} to {@code first + count - 1} of {@code generator}'s corpus, one JSON object a line; {@code done} hears each article. */
    public static void write(ArticleGenerator generator, long first, long count, OutputStream out, LongConsumer done) {
        ObjectMapper json = new ObjectMapper();
        try {
            for (long n = first; n < first + count; n++) {
                var a = generator.article(n).article();
                var line = json.createObjectNode().put("id", a.id()).put("title", a.headline()).put("date", a.published())
                        .put("text", a.text());
                out.write(json.writeValueAsBytes(line));
                out.write('\n');
                done.accept(n - first + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
