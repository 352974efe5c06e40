package org.newskg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads news articles as they come, before any facts are extracted: text, Markdown and HTML
 * files, folders of them, and JSON Lines files (or standard input) with one article a line.
 *
 * <pre>
 *   RawArticleReader reader = RawArticleReader.create().maxBytes(5_000_000);
 *   reader.readEach(Path.of("corpus"), articles::add, rejected::add);
 * </pre>
 *
 * <h2>Inputs</h2>
 * <ul>
 * <li>{@code .txt}: an optional header of {@code key: value} lines (keys {@code title} or
 *     {@code headline}, {@code url}, {@code date} or {@code published}, {@code publisher},
 *     {@code id}, {@code language}, in any case), ended by a blank line, then the body. The top
 *     of the file is a header only when every line before the first blank line is such a line;
 *     otherwise the whole file is the body. {@code date: unknown} is no date.</li>
 * <li>{@code .md}, {@code .markdown}: optional front matter between {@code ---} lines with the
 *     same keys; the body rendered to plain text (see {@link MarkdownText}).</li>
 * <li>{@code .html}, {@code .htm}: the page's article text and metadata (see {@link HtmlText}).</li>
 * <li>{@code .jsonl}: one JSON object a line with {@code text} (required), {@code id},
 *     {@code title} or {@code headline}, {@code url}, {@code date} or {@code published},
 *     {@code publisher}, {@code language} and {@code format} ({@code text}, the default,
 *     {@code html} or {@code markdown}, saying how to read {@code text}). Blank lines are skipped;
 *     other fields are ignored. The file is streamed: the size limit is per line.</li>
 * <li>A folder: the files above in it and its subfolders, in sorted order; hidden files and
 *     folders (names starting with a dot) and {@code README.*} files are passed over.</li>
 * <li>{@code -}: JSON Lines on standard input.</li>
 * </ul>
 *
 * <p>Every body becomes plain text with {@code \n} line ends, no byte order mark and no trailing
 * whitespace. An article without an id gets one from its file name ({@code d001.txt} is
 * {@code d001}), or for a JSON line from the file name and line number ({@code batch-17}).
 * Fields an input does not give are filled from the {@linkplain #defaults defaults}; the language,
 * when still unknown, is detected with {@link LanguageGuard} (left null when the text is too
 * short to tell).
 *
 * <h2>Refusals</h2>
 * An input that cannot be used is a {@link RawArticleException} with a one-line message naming
 * the file (and line and field where they apply): an empty file or body, a binary file, a file
 * that is not UTF-8 (text, Markdown, JSON Lines) or not valid in the charset it declares (HTML),
 * a file over the size limit (refused from its size, before reading), a page with no article
 * text, a malformed field, an id used twice in one read. No article is ever returned in part.
 *
 * <p>A reader is immutable and safe to share between threads; its settings return new readers.
 */
public final class RawArticleReader {
    /** The largest file (or JSON line) read unless told otherwise: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The file name endings read, in lower case. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "jsonl");
    /** The path that stands for standard input. */
    public static final String STDIN = "-";

    static final String EMPTY = "empty: no article text";
    static final String BINARY = "binary file, not text";
    /** How much of the start of a file is looked at to tell whether it is binary. */
    static final int SNIFF_BYTES = 8192;
    /** Files and lines are never read into memory beyond this, whatever {@link #maxBytes} says. */
    private static final long HARD_LIMIT = Integer.MAX_VALUE - 64;

    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z]+)[ \\t]*:(.*)");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private final long maxBytes;
    private final RawFields defaults;
    private final boolean detectLanguage;

    private RawArticleReader(long maxBytes, RawFields defaults, boolean detectLanguage) {
        this.maxBytes = maxBytes;
        this.defaults = defaults;
        this.detectLanguage = detectLanguage;
    }

    /** A reader with a 10 MiB limit, no defaults, and language detection on. */
    public static RawArticleReader create() {
        return new RawArticleReader(DEFAULT_MAX_BYTES, new RawFields(), true);
    }

    /** The same reader refusing files (and JSON lines) larger than {@code bytes}. */
    public RawArticleReader maxBytes(long bytes) {
        if (bytes < 1)
            throw new IllegalArgumentException("the size limit must be at least 1 byte, not " + bytes);
        return new RawArticleReader(Math.min(bytes, HARD_LIMIT), defaults, detectLanguage);
    }

    /**
     * The same reader filling the fields an input does not give with these (each may be null).
     *
     * @throws IllegalArgumentException when {@code url} is not an http(s) URL or {@code date} not
     *         a YYYY-MM-DD date
     */
    public RawArticleReader defaults(String headline, String url, String date, String publisher) {
        RawFields d = new RawFields();
        try {
            d.headline = RawFields.name(headline);
            d.url = RawFields.url(url, "default", "url");
            d.published = RawFields.date(date, "default", "date");
            d.publisher = RawFields.name(publisher);
        } catch (RawArticleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return new RawArticleReader(maxBytes, d, detectLanguage);
    }

    /** The same reader with language detection on or off; off, an article's language is only what its input says. */
    public RawArticleReader detectLanguage(boolean on) {
        return new RawArticleReader(maxBytes, defaults, on);
    }

    /** The size limit in force. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a file, a folder or {@code -} (standard input), giving each article to {@code ok}
     * and each refused input to {@code bad}, and goes on past refusals.
     */
    public void readEach(Path path, Consumer<RawArticle> ok, Consumer<RawArticleException> bad) {
        readEach(List.of(path), ok, bad);
    }

    /** Reads several paths as {@link #readEach(Path, Consumer, Consumer)}; an id may be used once across all. */
    public void readEach(List<Path> paths, Consumer<RawArticle> ok, Consumer<RawArticleException> bad) {
        Consumer<RawArticle> unique = uniqueIds(ok, bad);
        for (Path path : paths) {
            if (path.toString().equals(STDIN)) {
                readJsonLines(System.in, "<stdin>", unique, bad);
            } else if (Files.isDirectory(path)) {
                List<Path> files;
                try {
                    files = filesIn(path);
                } catch (IOException e) {
                    bad.accept(new RawArticleException(path.toString(), "cannot list the folder: " + e.getMessage()));
                    continue;
                }
                for (Path f : files)
                    readFile(f, unique, bad);
            } else {
                readFile(path, unique, bad);
            }
        }
    }

    /**
     * How many inputs the paths hold, counted cheaply before a long run so that progress can
     * show an ETA: one per file, one per non-blank line of a JSON Lines file; -1 when unknown
     * (standard input).
     */
    public long countInputs(List<Path> paths) {
        long n = 0;
        for (Path path : paths) {
            if (path.toString().equals(STDIN))
                return -1;
            List<Path> files;
            try {
                files = Files.isDirectory(path) ? filesIn(path) : List.of(path);
            } catch (IOException e) {
                continue;
            }
            for (Path f : files) {
                if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")) {
                    n++;
                    continue;
                }
                try (java.util.stream.Stream<String> lines = Files.lines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                    n += lines.filter(l -> !l.isBlank()).count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Reads one path, all or nothing.
     *
     * @return its articles, in order
     * @throws RawArticleException the first refusal, the others (if any) added as suppressed
     */
    public List<RawArticle> read(Path path) throws RawArticleException {
        List<RawArticle> articles = new ArrayList<>();
        List<RawArticleException> rejected = new ArrayList<>();
        readEach(path, articles::add, rejected::add);
        if (!rejected.isEmpty()) {
            RawArticleException first = rejected.get(0);
            rejected.subList(1, rejected.size()).forEach(first::addSuppressed);
            throw first;
        }
        return articles;
    }

    /**
     * Reads JSON Lines from a stream (it is not closed); {@code name} stands for the input in
     * messages and sources ({@code name:LINE}), and its file name stem in made-up ids.
     */
    public void readJsonLines(InputStream in, String name, Consumer<RawArticle> ok, Consumer<RawArticleException> bad) {
        String stem = name.equals("<stdin>") ? "stdin" : stem(Path.of(name).getFileName().toString());
        try {
            jsonLines(in, name, stem, uniqueIds(ok, bad), bad);
        } catch (IOException e) {
            bad.accept(new RawArticleException(name, "cannot read: " + e.getMessage()));
        }
    }

    // ---- files ----

    /** The article files in a folder and below, sorted. */
    static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !hidden(folder, p))
                       .filter(Files::isRegularFile)
                       .filter(p -> EXTENSIONS.contains(extension(p)))
                       .filter(p -> !stem(p.getFileName().toString()).equalsIgnoreCase("readme"))
                       .sorted()
                       .toList();
        }
    }

    private static boolean hidden(Path folder, Path p) {
        for (Path part : folder.relativize(p))
            if (part.toString().startsWith("."))
                return true;
        return false;
    }

    private void readFile(Path file, Consumer<RawArticle> ok, Consumer<RawArticleException> bad) {
        String source = file.toString();
        try {
            String ext = extension(file);
            if (!EXTENSIONS.contains(ext)) {
                if (!Files.exists(file))
                    throw new RawArticleException(source, "no such file or folder");
                throw new RawArticleException(source, "not an article file: expected .txt, .md, .markdown, .html, .htm or .jsonl");
            }
            if (ext.equals("jsonl")) {
                if (!Files.isRegularFile(file))
                    throw new RawArticleException(source, Files.exists(file) ? "not a regular file" : "no such file or folder");
                try (InputStream in = Files.newInputStream(file)) {
                    jsonLines(in, source, stem(file.getFileName().toString()), ok, bad);
                }
                return;
            }
            byte[] bytes = readBounded(file, source);
            String id = RawFields.idFrom(stem(file.getFileName().toString()));
            RawFields fields;
            if (ext.equals("html") || ext.equals("htm")) {
                checkNotEmpty(bytes, source);
                if (!utf16Bom(bytes)) // UTF-16 pages are full of NUL bytes; jsoup reads them
                    checkNotBinary(bytes, bytes.length, source);
                fields = HtmlText.fromBytes(bytes, source);
            } else {
                String text = decodeText(bytes, source);
                fields = ext.equals("txt") ? plainText(text, source) : MarkdownText.convert(text, source);
            }
            ok.accept(finish(fields, id, source, null));
        } catch (RawArticleException e) {
            bad.accept(e);
        } catch (NoSuchFileException e) {
            bad.accept(new RawArticleException(source, "no such file or folder"));
        } catch (IOException e) {
            bad.accept(new RawArticleException(source, "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            bad.accept(new RawArticleException(source, "cannot read: " + e));
        }
    }

    /** The file's bytes, refused from its size, before reading, when over the limit. */
    private byte[] readBounded(Path file, String source) throws IOException, RawArticleException {
        if (!Files.exists(file))
            throw new RawArticleException(source, "no such file or folder");
        if (!Files.isRegularFile(file))
            throw new RawArticleException(source, "not a regular file");
        long size = Files.size(file);
        if (size > maxBytes)
            throw tooLarge(source, size);
        try (InputStream in = Files.newInputStream(file)) {
            // the file may have grown since its size was read
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes)
                throw tooLarge(source, Math.max(bytes.length, Files.size(file)));
            return bytes;
        }
    }

    private RawArticleException tooLarge(String source, long size) {
        return new RawArticleException(source, "too large: " + size + " bytes, over the limit of " + maxBytes + " bytes");
    }

    private static void checkNotEmpty(byte[] bytes, String source) throws RawArticleException {
        if (bytes.length == 0)
            throw new RawArticleException(source, EMPTY);
    }

    /** Binary: a NUL byte anywhere in the first {@code length} bytes, or many control characters in the first 8 KiB. */
    static void checkNotBinary(byte[] bytes, int length, String source) throws RawArticleException {
        if (looksBinary(bytes, length))
            throw new RawArticleException(source, BINARY);
    }

    static boolean looksBinary(byte[] bytes, int length) {
        for (int i = 0; i < length; i++)
            if (bytes[i] == 0)
                return true;
        int sniff = Math.min(length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < sniff; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B || b == 0x7F)
                controls++;
        }
        return controls > 0 && controls * 10 > sniff; // over 10 %
    }

    private static boolean utf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    /** The text of a file that must be UTF-8: not empty, not binary, valid. */
    private static String decodeText(byte[] bytes, String source) throws RawArticleException {
        checkNotEmpty(bytes, source);
        if (utf16Bom(bytes))
            throw new RawArticleException(source, "not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8");
        checkNotBinary(bytes, bytes.length, source);
        int bad = firstInvalid(bytes, 0, StandardCharsets.UTF_8);
        if (bad >= 0)
            throw notUtf8(source, bytes[bad], bad);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static RawArticleException notUtf8(String source, byte b, long offset) {
        return new RawArticleException(source, "not UTF-8: invalid byte " + String.format("0x%02X", b & 0xFF) + " at offset " + offset);
    }

    /** The offset of the first byte (from {@code from}) that is not valid in {@code charset}, or -1. */
    static int firstInvalid(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError())
                return in.position();
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            out.clear();
            r = decoder.flush(out);
            return r.isError() ? in.position() : -1;
        }
    }

    /** A text file: the optional header, then the body. */
    private static RawFields plainText(String text, String source) throws RawArticleException {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        RawFields fields = new RawFields();
        String[] lines = s.split("\n", -1);
        int blank = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                blank = i;
                break;
            }
        }
        boolean header = blank > 0;
        for (int i = 0; header && i < blank; i++) {
            Matcher m = HEADER_LINE.matcher(lines[i]);
            header = m.matches() && RawFields.fieldOfKey(m.group(1)) != null;
        }
        if (!header) {
            fields.text = PlainText.body(s);
            return fields;
        }
        for (int i = 0; i < blank; i++) {
            Matcher m = HEADER_LINE.matcher(lines[i]);
            m.matches();
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String field = RawFields.fieldOfKey(key);
            if (fields.has(field))
                throw new RawArticleException(source, key, "given twice in the header");
            fields.set(field, key, m.group(2).strip(), source);
        }
        fields.text = PlainText.body(String.join("\n", List.of(lines).subList(blank + 1, lines.length)));
        return fields;
    }

    /** Checks the text, fills the gaps, and makes the article. */
    private RawArticle finish(RawFields fields, String defaultId, String source, String textField) throws RawArticleException {
        String text = PlainText.body(fields.text);
        if (text.isEmpty())
            throw new RawArticleException(source, textField, EMPTY);
        fields.fillFrom(defaults);
        String language = fields.language;
        if (language == null && detectLanguage) {
            LanguageGuard.Detection d = LanguageGuard.standard().detect(text);
            if (d.conclusive() && !d.bcp47().equals("und"))
                language = d.bcp47();
        }
        return new RawArticle(fields.id != null ? fields.id : defaultId, fields.headline, fields.url,
                              fields.published, fields.publisher, language, text, source);
    }

    private static Consumer<RawArticle> uniqueIds(Consumer<RawArticle> ok, Consumer<RawArticleException> bad) {
        Map<String, String> seen = new HashMap<>();
        return a -> {
            String before = seen.putIfAbsent(a.id(), a.source());
            if (before == null)
                ok.accept(a);
            else
                bad.accept(new RawArticleException(a.source(), "id", "\"" + a.id() + "\" is already the id of " + before));
        };
    }

    static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    // ---- JSON Lines ----

    private void jsonLines(InputStream raw, String name, String stem, Consumer<RawArticle> ok,
                           Consumer<RawArticleException> bad) throws IOException {
        LineScanner lines = new LineScanner(raw, maxBytes);
        byte[] head = lines.peek(SNIFF_BYTES);
        if (utf16Bom(head)) {
            bad.accept(new RawArticleException(name, "not UTF-8: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"));
            return;
        }
        if (looksBinary(head, head.length)) {
            bad.accept(new RawArticleException(name, BINARY));
            return;
        }
        String idStem = RawFields.idFrom(stem);
        boolean any = false;
        for (LineScanner.Line line = lines.next(); line != null; line = lines.next()) {
            String source = name + ":" + line.number();
            try {
                if (line.bytes() == null)
                    throw new RawArticleException(source, "too large: " + line.length() + " bytes, over the limit of " + maxBytes + " bytes");
                byte[] bytes = line.bytes();
                int from = line.number() == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                           && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
                if (blank(bytes, from))
                    continue;
                any = true;
                for (byte b : bytes)
                    if (b == 0)
                        throw new RawArticleException(source, "binary data (a NUL byte) in the line, not text");
                int invalid = firstInvalid(bytes, from, StandardCharsets.UTF_8);
                if (invalid >= 0)
                    throw notUtf8(source, bytes[invalid], line.start() + invalid);
                String json = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
                String suffix = "-" + line.number();
                String id = (idStem.length() + suffix.length() > 128 ? idStem.substring(0, 128 - suffix.length()) : idStem) + suffix;
                ok.accept(jsonArticle(json, source, id));
            } catch (RawArticleException e) {
                bad.accept(e);
            } catch (RuntimeException e) {
                bad.accept(new RawArticleException(source, "cannot read: " + e));
            }
        }
        if (!any)
            bad.accept(new RawArticleException(name, EMPTY));
    }

    private static boolean blank(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++)
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r')
                return false;
        return true;
    }

    private RawArticle jsonArticle(String json, String source, String defaultId) throws RawArticleException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
            String why = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().replaceAll("\\s+", " ").strip();
            throw new RawArticleException(source, "malformed JSON" + where + why);
        }
        if (node == null || !node.isObject())
            throw new RawArticleException(source, "not a JSON object");

        String text = string(node, "text", source);
        if (text == null)
            throw new RawArticleException(source, "text", node.has("text") ? "null, the article text is required" : "missing");
        String format = string(node, "format", source);
        RawFields fields;
        switch (format == null ? "text" : format.strip().toLowerCase(Locale.ROOT)) {
            case "text": case "plain": case "txt":
                fields = new RawFields();
                fields.text = text;
                break;
            case "html": case "htm":
                try {
                    fields = HtmlText.fromString(text, source);
                } catch (RawArticleException e) {
                    throw new RawArticleException(source, "text", e.reason());
                }
                break;
            case "markdown": case "md":
                fields = MarkdownText.convertBody(text);
                break;
            default:
                throw new RawArticleException(source, "format", "\"" + format + "\" is not one of text, html, markdown");
        }

        RawFields given = new RawFields();
        given.id = RawFields.id(string(node, "id", source), source, "id");
        given.headline = RawFields.name(oneOf(node, "headline", "title", source));
        String dateField = node.hasNonNull("published") ? "published" : "date";
        given.published = RawFields.date(oneOf(node, "published", "date", source), source, dateField);
        given.url = RawFields.url(string(node, "url", source), source, "url");
        given.publisher = RawFields.name(string(node, "publisher", source));
        given.language = RawFields.language(string(node, "language", source), source, "language");
        // what the line says wins over what an HTML page or Markdown body says
        given.fillFrom(fields);
        given.text = fields.text;
        return finish(given, defaultId, source, "text");
    }

    /** A string field: null when missing or null, refused when of another type. */
    private static String string(JsonNode node, String field, String source) throws RawArticleException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull())
            return null;
        if (!v.isTextual())
            throw new RawArticleException(source, field, "must be a string, not " + kind(v));
        return v.asText();
    }

    /** Two names for one field: either, or both when they agree. */
    private static String oneOf(JsonNode node, String name, String alias, String source) throws RawArticleException {
        String a = string(node, name, source);
        String b = string(node, alias, source);
        if (a != null && b != null && !a.strip().equals(b.strip()))
            throw new RawArticleException(source, alias, "differs from \"" + name + "\"; give one of them");
        return a != null ? a : b;
    }

    private static String kind(JsonNode v) {
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        return v.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Splits a stream into lines ({@code \n}, a trailing {@code \r} dropped) without holding
     * more than one line, and no line longer than the limit: a longer one is skipped, only its
     * length kept.
     */
    static final class LineScanner {
        /** A line: its number (from 1), its offset in the stream, its bytes (null when over the limit), its length. */
        record Line(int number, long start, byte[] bytes, long length) {}

        private final InputStream in;
        private final long limit;
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int end;
        private long offset; // of buf[0] in the stream
        private boolean eof;
        private int number;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private byte last; // the line's last byte, kept or not

        LineScanner(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        /** Up to {@code n} bytes from the start, without consuming them (before the first {@link #next}). */
        byte[] peek(int n) throws IOException {
            while (end < Math.min(n, buf.length) && fill()) {
                // reading
            }
            byte[] head = new byte[Math.min(n, end)];
            System.arraycopy(buf, 0, head, 0, head.length);
            return head;
        }

        /** Reads more into the buffer, after what it holds; false at the end of the stream. */
        private boolean fill() throws IOException {
            if (eof)
                return false;
            if (end == buf.length) {
                if (pos == 0)
                    return true; // full and nothing consumed: the caller takes bytes first
                System.arraycopy(buf, pos, buf, 0, end - pos);
                offset += pos;
                end -= pos;
                pos = 0;
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
                return false;
            }
            end += n;
            return true;
        }

        /** The next line, or null at the end. */
        Line next() throws IOException {
            line.reset();
            last = 0;
            long start = offset + pos;
            long length = 0;
            boolean seen = false;
            while (true) {
                if (pos == end) {
                    pos = 0;
                    offset += end;
                    end = 0;
                    if (!fill()) {
                        if (!seen)
                            return null;
                        return done(start, length);
                    }
                }
                seen = true;
                int nl = -1;
                for (int i = pos; i < end; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                int stop = nl < 0 ? end : nl;
                int n = stop - pos;
                if (n > 0)
                    last = buf[stop - 1];
                if (length + n <= limit + 1) // keep one byte over, for a trailing \r
                    line.write(buf, pos, n);
                length += n;
                pos = nl < 0 ? end : nl + 1;
                if (nl >= 0)
                    return done(start, length);
            }
        }

        private Line done(long start, long length) {
            number++;
            if (last == '\r')
                length--;
            if (length > limit)
                return new Line(number, start, null, length);
            byte[] bytes = line.toByteArray();
            return new Line(number, start, last == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes, length);
        }
    }
}
