package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that must be refused with a clear one-line message, and never give an article. */
class RawArticleErrorsTest {
    static final Path RAW = RawArticleReaderTest.RAW;

    private static RawArticleException refused(RawArticleReader reader, Path file) {
        RawArticleException e = assertThrows(RawArticleException.class, () -> reader.read(file));
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    private static RawArticleException refused(Path file) {
        return refused(RawArticleReader.create(), file);
    }

    @Test
    void emptyFile() {
        Path f = RAW.resolve("empty.txt");
        RawArticleException e = refused(f);
        assertEquals(f + ": empty: no article text", e.getMessage());
        assertEquals(f.toString(), e.source());
    }

    @Test
    void headerWithoutBody(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("only-header.txt");
        Files.writeString(f, "title: Nothing follows\ndate: 2025-01-01\n\n   \n\n");
        assertEquals(f + ": empty: no article text", refused(f).getMessage());
    }

    @Test
    void markdownWithOnlyAnImage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("image.md");
        Files.writeString(f, "![chart](chart.png)\n\n```\ncode\n```\n");
        assertEquals(f + ": empty: no article text", refused(f).getMessage());
    }

    @Test
    void binaryFiles(@TempDir Path dir) throws Exception {
        Path withNul = dir.resolve("image.txt");
        Files.write(withNul, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        assertEquals(withNul + ": binary file, not text", refused(withNul).getMessage());

        byte[] controls = new byte[4000];
        for (int i = 0; i < controls.length; i++)
            controls[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        Path noisy = dir.resolve("noisy.md");
        Files.write(noisy, controls);
        assertEquals(noisy + ": binary file, not text", refused(noisy).getMessage());

        Path jsonl = dir.resolve("data.jsonl");
        Files.write(jsonl, new byte[] {'{', 0, 0, 0, 1, 2, 3, '}', '\n'});
        assertEquals(jsonl + ": binary file, not text", refused(jsonl).getMessage());

        Path html = dir.resolve("page.html");
        Files.write(html, new byte[] {'<', 'p', '>', 0, 0, 'x'});
        assertEquals(html + ": binary file, not text", refused(html).getMessage());
    }

    @Test
    void latin1IsNotUtf8() {
        Path f = RAW.resolve("latin1.txt");
        assertEquals(f + ": not UTF-8: invalid byte 0xE9 at offset 10", refused(f).getMessage());
    }

    @Test
    void latin1InJsonLinesNamesTheLineAndFileOffset(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mixed.jsonl");
        byte[] good = "{\"text\": \"Good.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Files.write(f, all);
        List<RawArticle> ok = new ArrayList<>();
        List<RawArticleException> errors = new ArrayList<>();
        RawArticleReader.create().readEach(f, ok::add, errors::add);
        assertEquals(1, ok.size());
        assertEquals(f + ":2: not UTF-8: invalid byte 0xE9 at offset " + (good.length + 13), errors.get(0).getMessage());
    }

    @Test
    void utf16IsNamed(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("utf16.txt");
        Files.write(f, "\uFEFFHello world".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(refused(f).getMessage().startsWith(f + ": not UTF-8: the file is UTF-16"));
    }

    @Test
    void htmlInTheWrongCharset(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin.html");
        Files.write(f, "<html><body><article><p>Caf\u00e9 talks in Paris.</p></article></body></html>".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(refused(f).getMessage().startsWith(f + ": not UTF-8: invalid byte 0xE9 at offset "), refused(f).getMessage());

        Path declared = dir.resolve("declared.html");
        Files.write(declared, "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Caf\u00e9 talks in Paris.</p></article></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Caf\u00e9 talks in Paris.", RawArticleReader.create().read(declared).get(0).text());

        Path cp1252 = dir.resolve("cp1252.html");
        byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><body><p>Bad byte: X</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        int x = new String(bytes, StandardCharsets.US_ASCII).indexOf('X');
        bytes[x] = (byte) 0x81; // undefined in windows-1252
        Files.write(cp1252, bytes);
        assertEquals(cp1252 + ": not valid windows-1252 (the charset the page declares): invalid byte 0x81 at offset " + x,
                     refused(cp1252).getMessage());
    }

    @Test
    void overTheLimit(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("long.txt");
        Files.writeString(f, "x".repeat(200));
        assertEquals(f + ": too large: 200 bytes, over the limit of 100 bytes",
                     refused(RawArticleReader.create().maxBytes(100), f).getMessage());
        assertEquals(1, RawArticleReader.create().maxBytes(200).read(f).size());
    }

    @Test
    void jsonLinesLimitIsPerLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.jsonl");
        String line = "{\"text\": \"" + "word ".repeat(30) + "\"}";
        String huge = "{\"text\": \"" + "x".repeat(500) + "\"}";
        Files.writeString(f, (line + "\n").repeat(20) + huge + "\r\n" + line + "\n");
        assertTrue(Files.size(f) > 1000);
        List<RawArticle> ok = new ArrayList<>();
        List<RawArticleException> bad = new ArrayList<>();
        RawArticleReader.create().maxBytes(200).readEach(f, ok::add, bad::add);
        assertEquals(21, ok.size());
        assertEquals(List.of(f + ":21: too large: " + huge.length() + " bytes, over the limit of 200 bytes"),
                     bad.stream().map(Throwable::getMessage).toList());
    }

    @Test
    void jsonLinesLongerThanTheReadBuffer(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("long.jsonl");
        String longLine = "{\"text\": \"" + "news ".repeat(30_000) + "\"}";
        byte[] head = (longLine + "\n" + longLine + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "{\"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(f, all);
        List<RawArticle> ok = new ArrayList<>();
        List<RawArticleException> bad = new ArrayList<>();
        RawArticleReader.create().readEach(f, ok::add, bad::add);
        assertEquals(List.of("long-1", "long-2"), ok.stream().map(RawArticle::id).toList());
        assertEquals(150_000 - 1, ok.get(1).text().length());
        assertEquals(List.of(f + ":3: not UTF-8: invalid byte 0xE9 at offset " + (head.length + 13)),
                     bad.stream().map(Throwable::getMessage).toList());
    }

    @Test
    void sparseJsonLinesRefusedQuickly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.jsonl");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        RawArticleException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(RawArticleException.class, () -> RawArticleReader.create().read(f)));
        assertEquals(f + ": binary file, not text", e.getMessage());
    }

    @Test
    void sparseFiftyMegabytesRefusedWithoutReading(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("huge.txt");
        long size = 50L * 1024 * 1024;
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
        }
        RawArticleException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(RawArticleException.class, () -> RawArticleReader.create().read(f)));
        assertEquals(f + ": too large: " + size + " bytes, over the limit of " + RawArticleReader.DEFAULT_MAX_BYTES + " bytes",
                     e.getMessage());
    }

    @Test
    void htmlWithNothingButChrome(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chrome.html");
        Files.writeString(f, """
                <html><head><title>Home</title><script>var x = "lots of script text here";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <div class="cookie-banner"><p>We use cookies.</p></div>
                <footer><p>All rights reserved.</p></footer></body></html>""");
        assertEquals(f + ": no article text in the page after removing scripts and navigation", refused(f).getMessage());
    }

    @Test
    void headerValuesAreChecked(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad-date.txt");
        Files.writeString(f, "title: A\ndate: 10 March 2025\n\nText.\n");
        assertEquals(f + ": \"date\": \"10 March 2025\" is not a date (expected YYYY-MM-DD)", refused(f).getMessage());

        Path twice = dir.resolve("twice.txt");
        Files.writeString(twice, "title: A\nheadline: B\n\nText.\n");
        assertEquals(twice + ": \"headline\": given twice in the header", refused(twice).getMessage());

        Path md = dir.resolve("bad-lang.md");
        Files.writeString(md, "---\nlanguage: English\n---\nText.\n");
        assertEquals(md + ": \"language\": \"English\" is not a BCP 47 language tag (such as en)", refused(md).getMessage());
    }

    @Test
    void missingAndUnsupported(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nothing-here.txt");
        assertEquals(missing + ": no such file or folder", refused(missing).getMessage());
        Path pdf = dir.resolve("report.pdf");
        Files.writeString(pdf, "%PDF-1.7");
        assertEquals(pdf + ": not an article file: expected .txt, .md, .markdown, .html, .htm or .jsonl", refused(pdf).getMessage());
        Path emptyJsonl = dir.resolve("empty.jsonl");
        Files.writeString(emptyJsonl, "\n\n");
        assertEquals(emptyJsonl + ": empty: no article text", refused(emptyJsonl).getMessage());
    }

    @Test
    void aBatchGoesOnPastBadFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Files.write(dir.resolve("b.txt"), new byte[0]);
        Files.write(dir.resolve("c.txt"), new byte[] {'x', 0, 'y'});
        Files.writeString(dir.resolve("d.txt"), "Last article.");
        List<RawArticle> ok = new ArrayList<>();
        List<RawArticleException> bad = new ArrayList<>();
        RawArticleReader.create().readEach(dir, ok::add, bad::add);
        assertEquals(List.of("a", "d"), ok.stream().map(RawArticle::id).toList());
        assertEquals(List.of(dir.resolve("b.txt").toString(), dir.resolve("c.txt").toString()),
                     bad.stream().map(RawArticleException::source).toList());

        RawArticleException first = assertThrows(RawArticleException.class, () -> RawArticleReader.create().read(dir));
        assertEquals(dir.resolve("b.txt").toString(), first.source());
        assertEquals(1, first.getSuppressed().length);
    }
}
