package org.newskg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A web page to an article, with jsoup.
 *
 * <ol>
 * <li>Metadata from the head: headline from {@code og:title} (else the first {@code h1}, else
 *     {@code <title>}), url from {@code link rel=canonical} or {@code og:url}, date from
 *     {@code article:published_time}, {@code time[datetime]} or {@code meta name=date}, publisher
 *     from {@code og:site_name}, language from {@code <html lang>}.</li>
 * <li>Page chrome removed: scripts, styles, forms, navigation, headers, footers, asides, hidden
 *     elements; elements whose ARIA role is navigation, banner, contentinfo, complementary
 *     (and a few more); elements whose id or class names a cookie notice, consent, sharing,
 *     social links, related stories, newsletters, adverts, promotions, breadcrumbs, menus,
 *     comments or subscription boxes. {@code article}, {@code main} and anything holding them
 *     stay.</li>
 * <li>The content: the {@code article} with the most text, else {@code main}, else the body.
 *     Each block (paragraph, heading, list item, quotation, ...) becomes one line, whitespace
 *     collapsed, a blank line between blocks. Short blocks made only of links ("Home",
 *     "Read more: ...") and stock phrases ("Advertisement") are left out, and so is a level-1
 *     heading repeating the headline.</li>
 * </ol>
 */
final class HtmlText {
    static final String NO_TEXT = "no article text in the page after removing scripts and navigation";

    /** Removed wherever they are: they never hold article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "video, audio, picture, map, select, input, textarea, button, dialog, "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    /** Removed unless they hold the article. */
    private static final String CHROME = "form, nav, header, footer, aside, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[role=menu], [role=menubar], [role=toolbar], [role=dialog], [role=alertdialog]";

    /** id or class words (split at -, _ and camelCase) that mark chrome. */
    private static final Set<String> CHROME_WORDS = Set.of(
            "cookie", "cookies", "consent", "gdpr",
            "share", "shares", "sharing", "sharebar", "sharethis", "sharetools", "social", "socials",
            "related", "recommended", "recommendations", "outbrain", "taboola",
            "newsletter", "newsletters", "subscribe", "signup",
            "ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising", "sponsored",
            "promo", "promos", "promoted", "promotion", "promotional",
            "breadcrumb", "breadcrumbs", "menu", "menus", "submenu", "megamenu", "navbar", "nav", "navigation",
            "comments", "commenting", "disqus",
            "sidebar", "popup", "modal", "overlay", "toolbar", "masthead", "skiplink");
    /** Parts of an id or class word that mark chrome wherever they appear. */
    private static final List<String> CHROME_PARTS = List.of(
            "cookie", "consent", "newsletter", "advert", "breadcrumb", "sharethis", "disqus", "outbrain", "taboola");

    /** Elements whose start and end break a line. */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul");

    /** Whole blocks that are page furniture, not article text (compared in lower case, without end punctuation). */
    private static final Set<String> STOCK_PHRASES = Set.of(
            "advertisement", "advertisements", "sponsored", "skip to content", "skip to main content",
            "share", "share this", "share this article", "share this story", "share on facebook",
            "share on twitter", "share on x", "read more", "continue reading", "sign up", "subscribe",
            "follow us", "related", "related articles", "related stories", "most read", "most popular",
            "back to top", "print", "email", "comments", "loading");

    private static final Pattern SPLIT_WORDS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final int LINK_BLOCK_MAX_WORDS = 10;

    private HtmlText() {}

    /**
     * Reads a page from bytes: the charset is the one of the byte order mark, else of
     * {@code <meta charset>}, else UTF-8; bytes not valid in it are refused.
     */
    static RawFields fromBytes(byte[] bytes, String source) throws RawArticleException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new RawArticleException(source, "cannot read the page: " + e.getMessage());
        }
        Charset charset = doc.outputSettings().charset();
        checkCharset(bytes, charset, source);
        return convert(doc, source);
    }

    /** Reads a page already decoded. */
    static RawFields fromString(String html, String source) throws RawArticleException {
        return convert(Jsoup.parse(html), source);
    }

    private static void checkCharset(byte[] bytes, Charset charset, String source) throws RawArticleException {
        int skip = 0;
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            skip = 3;
        int bad = RawArticleReader.firstInvalid(bytes, skip, charset);
        if (bad < 0)
            return;
        String what = charset.equals(StandardCharsets.UTF_8) ? "not UTF-8" : "not valid " + charset.name() + " (the charset the page declares)";
        throw new RawArticleException(source, what + ": invalid byte " + String.format("0x%02X", bytes[bad] & 0xFF) + " at offset " + bad);
    }

    private static RawFields convert(Document doc, String source) throws RawArticleException {
        RawFields f = new RawFields();
        // metadata first: the elements holding some of it are removed as chrome below
        f.headline = RawFields.name(meta(doc, "og:title"));
        String siteName = RawFields.name(meta(doc, "og:site_name"));
        f.publisher = siteName != null ? siteName : RawFields.name(meta(doc, "publisher"));
        f.url = RawFields.urlOrNull(attr(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "href"));
        if (f.url == null)
            f.url = RawFields.urlOrNull(meta(doc, "og:url"));
        f.published = published(doc);
        f.language = language(doc);
        // headings that may sit in a header removed below: the article's own, then the page's first
        String articleH1 = text(doc.selectFirst("article h1, main h1, [role=main] h1"));
        String pageH1 = text(doc.selectFirst("h1"));
        String title = RawFields.name(doc.title());

        removeChrome(doc);
        Element root = contentRoot(doc);

        if (f.headline == null) {
            String h1 = text(root.selectFirst("h1"));
            f.headline = h1 != null ? h1 : articleH1 != null ? articleH1 : pageH1 != null ? pageH1
                         : withoutSiteName(title, siteName);
        }

        List<Block> blocks = blocks(root);
        List<String> lines = new ArrayList<>();
        boolean headlineSkipped = false;
        for (Block b : blocks) {
            if (b.tag.equals("h1") && !headlineSkipped && f.headline != null && b.text.equalsIgnoreCase(f.headline)) {
                headlineSkipped = true;
                continue;
            }
            if (!b.tag.equals("h1") && b.chrome())
                continue;
            lines.add(b.text);
        }
        f.text = PlainText.body(PlainText.blocks(lines));
        if (f.text.isEmpty())
            throw new RawArticleException(source, NO_TEXT);
        return f;
    }

    // ---- metadata ----

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content").strip();
                if (!c.isEmpty())
                    return c;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : RawFields.name(e.text());
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String published(Document doc) {
        String d = RawFields.dateOrNull(meta(doc, "article:published_time"));
        if (d != null)
            return d;
        Element time = doc.selectFirst("article time[datetime]");
        if (time == null)
            time = doc.selectFirst("time[datetime]");
        if (time != null && (d = RawFields.dateOrNull(time.attr("datetime"))) != null)
            return d;
        for (String name : List.of("date", "datePublished", "pubdate", "publishdate", "dc.date.issued", "dc.date"))
            if ((d = RawFields.dateOrNull(meta(doc, name))) != null)
                return d;
        return null;
    }

    private static String language(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        String tag = html == null ? null : RawFields.languageOrNull(html.attr("lang"));
        if (tag == null) {
            Element equiv = doc.selectFirst("meta[http-equiv~=(?i)^content-language$][content]");
            tag = equiv == null ? null : RawFields.languageOrNull(equiv.attr("content").split(",")[0]);
        }
        return tag != null ? tag : RawFields.languageOrNull(meta(doc, "og:locale"));
    }

    /** "Headline | Site" without " | Site", when Site is the site's name. */
    private static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null)
            return title;
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            String suffix = sep + siteName;
            if (title.length() > suffix.length() && title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT)))
                return title.substring(0, title.length() - suffix.length()).strip();
        }
        return title;
    }

    // ---- chrome ----

    private static void removeChrome(Document doc) {
        doc.select(NEVER_TEXT).forEach(e -> {
            if (!keeps(e))
                e.remove();
        });
        for (Element e : doc.select(CHROME))
            if (!holdsArticle(e))
                e.remove();
        for (Element e : doc.select("[id], [class]"))
            if (e.parent() != null && chromeName(e) && !holdsArticle(e))
                e.remove();
    }

    /** The page's root elements are never removed, whatever their attributes say. */
    private static boolean keeps(Element e) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("head") || tag.equals("article") || tag.equals("main");
    }

    private static boolean holdsArticle(Element e) {
        return keeps(e) || e.selectFirst("article, main, [role=main]") != null;
    }

    private static boolean chromeName(Element e) {
        return chromeWords(e.id()) || chromeWords(e.className());
    }

    private static boolean chromeWords(String names) {
        if (names.isEmpty())
            return false;
        for (String w : SPLIT_WORDS.split(names)) {
            String word = w.toLowerCase(Locale.ROOT);
            if (word.isEmpty())
                continue;
            if (CHROME_WORDS.contains(word))
                return true;
            for (String part : CHROME_PARTS)
                if (word.contains(part))
                    return true;
        }
        return false;
    }

    private static Element contentRoot(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (Element a : doc.select("article")) {
            int n = a.text().length();
            if (n > bestLength) {
                best = a;
                bestLength = n;
            }
        }
        if (best != null)
            return best;
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null && !main.text().isBlank())
            return main;
        return doc.body();
    }

    // ---- text ----

    /** One block of text, with how much of it is link text. */
    private static final class Block {
        final String tag;
        final String text;
        final int linkChars;
        final int chars;

        Block(String tag, String text, int linkChars, int chars) {
            this.tag = tag;
            this.text = text;
            this.linkChars = linkChars;
            this.chars = chars;
        }

        /** Page furniture: a stock phrase, or a few words that are all links. */
        boolean chrome() {
            String plain = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+$", "").strip();
            if (STOCK_PHRASES.contains(plain))
                return true;
            int words = text.split(" ").length;
            return chars > 0 && linkChars >= chars * 0.9 && words <= LINK_BLOCK_MAX_WORDS;
        }
    }

    private static List<Block> blocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        root.traverse(new NodeVisitor() {
            private final StringBuilder text = new StringBuilder();
            private final List<String> open = new ArrayList<>();
            private int links;
            private int linkChars;
            private int chars;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode) {
                    String t = ((TextNode) node).getWholeText();
                    text.append(t);
                    int visible = t.strip().length();
                    chars += visible;
                    if (links > 0)
                        linkChars += visible;
                } else if (node instanceof Element) {
                    Element e = (Element) node;
                    if (e.normalName().equals("a"))
                        links++;
                    if (BLOCKS.contains(e.normalName())) {
                        flush();
                        open.add(e.normalName());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    Element e = (Element) node;
                    if (e.normalName().equals("a"))
                        links--;
                    if (BLOCKS.contains(e.normalName())) {
                        flush();
                        open.remove(open.size() - 1);
                    }
                }
                if (node == root)
                    flush();
            }

            private void flush() {
                String t = RawFields.name(text.toString().replace("\u200B", ""));
                if (t != null)
                    blocks.add(new Block(open.isEmpty() ? "" : open.get(open.size() - 1), t, linkChars, chars));
                text.setLength(0);
                linkChars = 0;
                chars = 0;
            }
        });
        return blocks;
    }
}
