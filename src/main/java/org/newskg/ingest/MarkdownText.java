package org.newskg.ingest;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Markdown to an article: optional front matter between {@code ---} lines with the same
 * {@code key: value} fields as a text file's header, and the body rendered to plain text with
 * CommonMark. Paragraphs, headings and list items each become one line, a blank line between
 * them; links keep their text, images and code blocks are dropped, emphasis loses its markers,
 * HTML keeps its text. The first level-1 heading is the headline when the front matter gives
 * none, and is then left out of the body (as it is when it repeats the given headline).
 */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {}

    /** Reads front matter and body; {@code source} is named in messages. */
    static RawFields convert(String markdown, String source) throws RawArticleException {
        String s = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        RawFields fields = new RawFields();
        s = frontMatter(s, fields, source);
        body(s, fields);
        return fields;
    }

    /** Converts the body only: no front matter is looked for. */
    static RawFields convertBody(String markdown) {
        RawFields fields = new RawFields();
        body(markdown.replace("\r\n", "\n").replace('\r', '\n'), fields);
        return fields;
    }

    /** Reads the front matter, if any, into {@code fields}; returns the rest. */
    private static String frontMatter(String s, RawFields fields, String source) throws RawArticleException {
        if (!(s.startsWith("---\n") || s.startsWith("--- \n")))
            return s;
        String[] lines = s.split("\n", -1);
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                end = i;
                break;
            }
        }
        if (end < 0)
            return s; // not closed: not front matter after all
        for (int i = 1; i < end; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0)))
                continue; // nested YAML or a list: not one of ours
            String key = line.substring(0, colon).strip();
            String field = RawFields.fieldOfKey(key);
            if (field == null)
                continue; // other front matter (tags, author, ...) is not needed
            if (fields.has(field))
                throw new RawArticleException(source, key, "given twice in the front matter");
            fields.set(field, key, unquote(line.substring(colon + 1).strip()), source);
        }
        StringBuilder rest = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++)
            rest.append(lines[i]).append('\n');
        return rest.toString();
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'")))
            return v.substring(1, v.length() - 1);
        return v;
    }

    private static void body(String markdown, RawFields fields) {
        Node doc = PARSER.parse(markdown);
        List<String> blocks = new ArrayList<>();
        int[] h1 = {-1};
        blocks(doc, blocks, h1);
        if (h1[0] >= 0) {
            String heading = blocks.get(h1[0]);
            if (fields.headline == null) {
                fields.headline = heading;
                blocks.remove(h1[0]);
            } else if (heading.equalsIgnoreCase(fields.headline)) {
                blocks.remove(h1[0]);
            }
        }
        fields.text = PlainText.body(PlainText.blocks(blocks));
    }

    private static void blocks(Node parent, List<String> out, int[] firstH1) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph) {
                add(out, inline(n));
            } else if (n instanceof Heading) {
                Heading h = (Heading) n;
                String text = RawFields.name(inline(h));
                if (text != null && h.getLevel() == 1 && firstH1[0] < 0)
                    firstH1[0] = out.size();
                add(out, text);
            } else if (n instanceof HtmlBlock) {
                add(out, Jsoup.parseBodyFragment(((HtmlBlock) n).getLiteral()).text());
            } else if (n instanceof BlockQuote || n instanceof ListBlock || n instanceof ListItem
                       || n instanceof Document || n instanceof CustomBlock) {
                blocks(n, out, firstH1);
            }
            // code blocks, thematic breaks and link reference definitions carry no article text
        }
    }

    private static void add(List<String> out, String text) {
        String t = RawFields.name(text);
        if (t != null)
            out.add(t);
    }

    private static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        inline(parent, sb);
        return sb.toString();
    }

    private static void inline(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text)
                sb.append(((Text) n).getLiteral());
            else if (n instanceof Code)
                sb.append(((Code) n).getLiteral());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak)
                sb.append(' ');
            else if (n instanceof Image || n instanceof HtmlInline)
                continue;
            else
                inline(n, sb); // links, emphasis: their text
        }
    }
}
