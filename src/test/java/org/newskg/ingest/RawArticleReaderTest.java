package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawArticleReaderTest {
    static final Path RAW = Path.of("src/test/resources/raw");

    private static RawArticle one(Path file) throws RawArticleException {
        List<RawArticle> articles = RawArticleReader.create().read(file);
        assertEquals(1, articles.size());
        return articles.get(0);
    }

    @Test
    void textWithHeader() throws Exception {
        RawArticle a = one(RAW.resolve("header.txt"));
        assertEquals("header", a.id());
        assertEquals("Ministers agree to reopen border crossing", a.headline());
        assertEquals("https://news.example.org/world/border-crossing", a.url());
        assertEquals("2025-03-10", a.published());
        assertEquals("Example News", a.publisher());
        assertEquals("en", a.language());
        assertTrue(a.text().startsWith("The foreign ministers of Norland"), a.text());
        assertTrue(a.text().endsWith("after two days of talks."), "trailing whitespace trimmed: " + a.text());
        assertEquals(RAW.resolve("header.txt").toString(), a.source());
    }

    @Test
    void textWithoutHeader() throws Exception {
        RawArticle a = one(RAW.resolve("no-header.txt"));
        assertNull(a.headline());
        assertTrue(a.text().startsWith("Xi said: hello to the delegation"), a.text());
        assertTrue(a.text().contains("\n\nBoth sides described"));
    }

    @Test
    void headerNeedsEveryLineToBeAKnownKey(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mixed-top.txt");
        Files.writeString(f, "title: A headline\nHe said: nothing\n\nBody.\n");
        RawArticle a = one(f);
        assertNull(a.headline());
        assertEquals("title: A headline\nHe said: nothing\n\nBody.", a.text());
    }

    @Test
    void lineEndsAndBomAndUnknownDate(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("crlf.txt");
        Files.write(f, ("\uFEFFid: crlf-1\r\nDATE: unknown\r\nlanguage: en\r\n\r\n\r\nFirst line.\r\nSecond line.\rThird.  \r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        RawArticle a = one(f);
        assertEquals("crlf-1", a.id());
        assertNull(a.published());
        assertEquals("en", a.language());
        assertEquals("First line.\nSecond line.\nThird.", a.text());
    }

    @Test
    void markdownWithFrontMatter() throws Exception {
        RawArticle a = one(RAW.resolve("front-matter.md"));
        assertEquals("front-matter", a.id());
        assertEquals("Leaders close the trade summit", a.headline());
        assertEquals("2024-11-05", a.published());
        assertEquals("https://blog.example.net/posts/summit", a.url());
        assertEquals("Example Weekly", a.publisher());
        assertEquals("""
                The leaders of six countries closed the summit in Lisbon with a joint statement.

                They agreed on three points:

                lower tariffs on steel

                a common customs office

                talks again in spring

                What comes next

                The ministers meet again in April.""", a.text());
    }

    @Test
    void htmlPageFullOfChrome() throws Exception {
        RawArticle a = one(RAW.resolve("page.html"));
        assertEquals("page", a.id());
        assertEquals("Envoys meet over river dispute", a.headline());
        assertEquals("https://daily.example.com/world/envoys-river", a.url());
        assertEquals("2025-02-14", a.published());
        assertEquals("The Daily Example", a.publisher());
        assertEquals("en", a.language());
        assertEquals("""
                Envoys from the two upstream states met in Vienna on Friday to discuss the sharing of water from the river, \
                after a dry summer left farms downstream short of supplies.

                The talks, hosted by a regional commission, are the first at this level in three years. \
                Officials said a draft plan for seasonal quotas was on the table.

                A second round is planned for May, when the commission will publish measurements from the spring floods.""",
                a.text());
    }

    @Test
    void jsonLinesGoOnPastBadLines() {
        List<RawArticle> ok = new ArrayList<>();
        List<RawArticleException> bad = new ArrayList<>();
        Path file = RAW.resolve("mixed.jsonl");
        RawArticleReader.create().readEach(file, ok::add, bad::add);

        assertEquals(3, ok.size(), ok.toString());
        assertEquals(List.of("jl-one", "mixed-3", "jl-six"), ok.stream().map(RawArticle::id).toList());
        RawArticle first = ok.get(0);
        assertEquals("Trade ministers meet in Oslo", first.headline());
        assertEquals("2025-01-20", first.published());
        assertEquals("Example Wire", first.publisher());
        assertEquals(file + ":1", first.source());
        assertEquals(file + ":3", ok.get(1).source());
        RawArticle html = ok.get(2);
        assertEquals("Embassy reopens", html.headline());
        assertEquals("Example Post", html.publisher());
        assertEquals("The embassy in the capital reopened on Thursday after renovation work that lasted a year.", html.text());

        assertEquals(2, bad.size(), bad.toString());
        assertEquals(file + ":4: \"date\": \"2025-13-40\" is not a date (expected YYYY-MM-DD)", bad.get(0).getMessage());
        assertEquals(file + ":4", bad.get(0).source());
        assertEquals("date", bad.get(0).field());
        assertEquals(file + ":5: \"text\": missing", bad.get(1).getMessage());
    }

    @Test
    void jsonLinesMessages(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("odd.jsonl");
        Files.writeString(f, String.join("\n",
                "[\"an\", \"array\"]",
                "{\"text\": \"ok\", \"id\": \"a b\"}",
                "{\"text\": 42}",
                "{\"text\": \"x\", \"format\": \"pdf\"}",
                "{\"text\": \"unclosed\"",
                "{\"text\": \"   \"}",
                "{\"text\": \"ok\", \"title\": \"A\", \"headline\": \"B\"}",
                "{\"text\": \"ok\", \"url\": \"ftp://example.org/x\"}",
                "{\"text\": \"ok\"} {\"text\": \"two objects\"}"));
        List<String> messages = new ArrayList<>();
        RawArticleReader.create().readEach(f, a -> messages.add("read " + a.id()), e -> messages.add(e.getMessage()));
        assertEquals(9, messages.size(), messages.toString());
        assertEquals(f + ":1: not a JSON object", messages.get(0));
        assertTrue(messages.get(1).startsWith(f + ":2: \"id\": \"a b\" is not an id"), messages.get(1));
        assertEquals(f + ":3: \"text\": must be a string, not a number", messages.get(2));
        assertEquals(f + ":4: \"format\": \"pdf\" is not one of text, html, markdown", messages.get(3));
        assertTrue(messages.get(4).startsWith(f + ":5: malformed JSON"), messages.get(4));
        assertEquals(f + ":6: \"text\": empty: no article text", messages.get(5));
        assertEquals(f + ":7: \"title\": differs from \"headline\"; give one of them", messages.get(6));
        assertEquals(f + ":8: \"url\": \"ftp://example.org/x\" is not an http(s) URL", messages.get(7));
        assertTrue(messages.get(8).startsWith(f + ":9: malformed JSON"), messages.get(8));
        for (String m : messages)
            assertFalse(m.contains("\n"), m);
    }

    @Test
    void jsonLinesFromAStream() {
        String input = "{\"text\": \"First.\"}\n{\"text\": \"# Big news\\n\\nSecond *article*.\", \"format\": \"markdown\"}\n";
        List<RawArticle> ok = new ArrayList<>();
        List<RawArticleException> bad = new ArrayList<>();
        RawArticleReader.create().readJsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "<stdin>", ok::add, bad::add);
        assertEquals(List.of(), bad);
        assertEquals(List.of("stdin-1", "stdin-2"), ok.stream().map(RawArticle::id).toList());
        assertEquals("<stdin>:2", ok.get(1).source());
        assertEquals("Big news", ok.get(1).headline());
        assertEquals("Second article.", ok.get(1).text());
    }

    @Test
    void defaultsFillOnlyWhatIsMissing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("Über die Lage (2).txt");
        Files.writeString(f, "title: Own headline\n\nSome text.\n");
        RawArticle a = RawArticleReader.create()
                .defaults("Default headline", "https://example.org/default", "2020-01-02", "Default Publisher")
                .read(f).get(0);
        assertEquals("Uber-die-Lage-2", a.id());
        assertEquals("Own headline", a.headline());
        assertEquals("https://example.org/default", a.url());
        assertEquals("2020-01-02", a.published());
        assertEquals("Default Publisher", a.publisher());
        assertNull(a.language(), "too short to tell");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RawArticleReader.create().defaults(null, null, "yesterday", null));
        assertEquals("default: \"date\": \"yesterday\" is not a date (expected YYYY-MM-DD)", e.getMessage());
    }

    @Test
    void folderInSortedOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("b/two.md"), "Two.");
        Files.writeString(dir.resolve("a/one.txt"), "One.");
        Files.writeString(dir.resolve("a/three.htm"), "<p>Three.</p>");
        Files.writeString(dir.resolve("a/notes.csv"), "not, an, article");
        Files.writeString(dir.resolve("README.md"), "About this folder.");
        Files.writeString(dir.resolve("b/.git/config.txt"), "hidden");
        Files.writeString(dir.resolve("z.jsonl"), "{\"text\": \"Four.\"}\n");
        List<RawArticle> articles = RawArticleReader.create().read(dir);
        assertEquals(List.of("one", "three", "two", "z-1"), articles.stream().map(RawArticle::id).toList());
    }

    @Test
    void anIdIsUsedOnce(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/d001.txt"), "One.");
        Files.writeString(dir.resolve("b/d001.md"), "Two.");
        List<RawArticle> ok = new ArrayList<>();
        List<RawArticleException> bad = new ArrayList<>();
        RawArticleReader.create().readEach(dir, ok::add, bad::add);
        assertEquals(1, ok.size());
        assertEquals(dir.resolve("b/d001.md") + ": \"id\": \"d001\" is already the id of " + dir.resolve("a/d001.txt"),
                     bad.get(0).getMessage());
    }

    @Test
    void languageFromInputIsKept(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("said-en.txt");
        Files.writeString(f, "language: en\n\nDie Regierung hat am Montag neue Maßnahmen angekündigt, um die Inflation zu bekämpfen.\n");
        assertEquals("en", one(f).language());
        assertEquals("de", one(f).withLanguage("de").language());
        Path g = dir.resolve("detected.txt");
        Files.writeString(g, "Die Regierung hat am Montag neue Maßnahmen angekündigt, um die Inflation im ganzen Land zu bekämpfen.\n");
        assertEquals("de", one(g).language());
        assertNull(RawArticleReader.create().detectLanguage(false).read(g).get(0).language());
    }
}
