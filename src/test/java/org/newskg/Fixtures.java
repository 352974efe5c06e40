package org.newskg;

import java.nio.file.Path;

import org.newskg.facts.ArticleFacts;
import org.newskg.facts.FactsException;
import org.newskg.facts.FactsReader;

/** Where the tests find their inputs: the bundled articles and the fixtures under src/test/resources. */
public final class Fixtures {
    private Fixtures() {}

    public static final Path ARTICLES = Path.of("articles");
    public static final Path SEED = ARTICLES.resolve("000_1c78fd6e59ff975b.facts.json");
    public static final Path FACTS = Path.of("src", "test", "resources", "facts");
    public static final Path MINIMAL = FACTS.resolve("valid").resolve("minimal.facts.json");
    public static final Path INVALID = FACTS.resolve("invalid");
    public static final Path QUERIES = Path.of("queries");
    /** A table of office holders in the standard columns, its people and QIDs invented. */
    public static final Path OFFICE_HOLDERS = Path.of("src", "test", "resources", "link", "office_holders.tsv");

    public static ArticleFacts read(Path file) {
        try {
            return FactsReader.standard().read(file);
        } catch (FactsException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static ArticleFacts seed() {
        return read(SEED);
    }

    public static ArticleFacts minimal() {
        return read(MINIMAL);
    }

    /** An article that breaks the shapes (a meeting without participants), though the facts format accepts it. */
    public static ArticleFacts breakingTheShapes() {
        return read(FACTS.resolve("shapes").resolve("meeting-without-participants.facts.json"));
    }

    /** The seed as a corrected facts file would give it: one trade flow fewer, and its own content hash. */
    public static ArticleFacts seedCorrected() {
        ArticleFacts seed = seed();
        return new ArticleFacts(seed.article(), seed.extractor(), seed.entities(), seed.leadership(), seed.events(), seed.agreements(),
                seed.allegations(), seed.statements(), seed.tradeFlows().subList(1, seed.tradeFlows().size()), seed.contentHash() + "-corrected");
    }

    /** The same facts under another content hash: another version of the same input, to the stores. */
    public static ArticleFacts withContentHash(ArticleFacts f, String hash) {
        return new ArticleFacts(f.article(), f.extractor(), f.entities(), f.leadership(), f.events(), f.agreements(),
                f.allegations(), f.statements(), f.tradeFlows(), hash);
    }
}
