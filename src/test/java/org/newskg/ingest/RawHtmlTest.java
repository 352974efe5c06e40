package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How pages are turned into articles: the content root, the chrome left out, the metadata fallbacks. */
class RawHtmlTest {
    @TempDir
    Path dir;

    private RawArticle read(String html) throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, html, StandardCharsets.UTF_8);
        return RawArticleReader.create().detectLanguage(false).read(f).get(0);
    }

    @Test
    void theLongestArticleWins() throws Exception {
        RawArticle a = read("""
                <body><article><p>Teaser of another story.</p></article>
                <article><p>The real story is the longer one, with more to say than the teaser.</p>
                <p>It has two paragraphs.</p></article></body>""");
        assertEquals("The real story is the longer one, with more to say than the teaser.\n\nIt has two paragraphs.", a.text());
    }

    @Test
    void mainThenBody() throws Exception {
        assertEquals("Inside main.", read("<body><div>Outside.</div><main><p>Inside main.</p></main></body>").text());
        assertEquals("Only body text.\n\nIn two blocks.", read("<body><div>Only body text.</div><div>In two <b>blocks</b>.</div></body>").text());
    }

    @Test
    void wrappersNamedLikeChromeKeepTheArticle() throws Exception {
        RawArticle a = read("""
                <body class="menu-open has-comments"><div class="share-wrapper">
                <article class="comment-piece"><p>An opinion piece stays, whatever its wrappers are called.</p></article>
                </div></body>""");
        assertEquals("An opinion piece stays, whatever its wrappers are called.", a.text());
    }

    @Test
    void shortLinkOnlyBlocksAndStockPhrasesGo() throws Exception {
        RawArticle a = read("""
                <article>
                <p>Advertisement</p>
                <p>The council met on Monday, <a href="/council">its website</a> said.</p>
                <p><a href="/more">Read more: the earlier meeting</a></p>
                <ul><li><a href="/x">Politics</a></li><li><a href="/y">World</a></li></ul>
                <p>Share this article</p>
                <blockquote>"We will not give in," the minister said.</blockquote>
                </article>""");
        assertEquals("The council met on Monday, its website said.\n\n\"We will not give in,\" the minister said.", a.text());
    }

    @Test
    void headlineFallbacksAndTheRepeatedHeading() throws Exception {
        RawArticle fromH1 = read("""
                <html><head><title>Talks resume | Example Times</title><meta property="og:site_name" content="Example Times"></head>
                <body><article><h1>Talks resume</h1><p>Body text of the story.</p><h2>Background</h2><p>More.</p></article></body></html>""");
        assertEquals("Talks resume", fromH1.headline());
        assertEquals("Example Times", fromH1.publisher());
        assertEquals("Body text of the story.\n\nBackground\n\nMore.", fromH1.text());

        RawArticle fromTitle = read("""
                <html><head><title>Talks resume | Example Times</title><meta property="og:site_name" content="Example Times"></head>
                <body><p>Body text.</p></body></html>""");
        assertEquals("Talks resume", fromTitle.headline());

        RawArticle inRemovedHeader = read("""
                <body><header class="site"><h1 class="logo">Example Times</h1></header>
                <article><header><h1>Border reopens</h1></header><p>Body text.</p></article></body>""");
        assertEquals("Border reopens", inRemovedHeader.headline());
        assertEquals("Body text.", inRemovedHeader.text());
    }

    @Test
    void dateAndUrlFallbacks() throws Exception {
        RawArticle a = read("""
                <html lang="en-GB"><head><meta property="og:url" content="https://example.org/story">
                <link rel="canonical" href="/relative/only"></head>
                <body><article><header><time datetime="2024-06-30T22:15:00Z">30 June</time></header>
                <p>Body.</p></article></body></html>""");
        assertEquals("https://example.org/story", a.url());
        assertEquals("2024-06-30", a.published());
        assertEquals("en-GB", a.language());

        RawArticle b = read("<html><head><meta name=\"date\" content=\"2023-01-05\"></head><body><p>Body.</p></body></html>");
        assertEquals("2023-01-05", b.published());
        assertNull(b.url());
        assertNull(b.headline());

        RawArticle c = read("<html><head><meta property=\"article:published_time\" content=\"last week\"></head><body><p>Body.</p></body></html>");
        assertNull(c.published(), "a page's bad date is left out, not an error");
    }

    @Test
    void hiddenElementsAndBreaks() throws Exception {
        RawArticle a = read("""
                <article><p>Visible first line<br>and its second line.</p>
                <p style="display: none">Hidden text.</p><div hidden>Also hidden.</div>
                <p>Non&nbsp;breaking   spaces\tcollapse.</p></article>""");
        assertEquals("Visible first line\n\nand its second line.\n\nNon breaking spaces collapse.", a.text());
    }

    @Test
    void markdownHeadingKeptWhenTheHeadlineIsGiven() throws Exception {
        Path f = dir.resolve("given.md");
        Files.writeString(f, "---\ntitle: Given headline\n---\n# A section heading\n\nText with `code` and <b>html</b>.\n\n> Quoted.\n");
        RawArticle a = RawArticleReader.create().detectLanguage(false).read(f).get(0);
        assertEquals("Given headline", a.headline());
        assertEquals("A section heading\n\nText with code and html.\n\nQuoted.", a.text());
    }
}
