package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule tables of the extractor (see {@code extract/rules/README.md} in the jar): the
 * standard ones from the classpath, each replaced by a file of the same name in a folder
 * the user gives.
 */
public final class Rules {
    static final List<String> TABLES = List.of("offices", "events", "statements", "agreements", "allegations",
            "denials", "modality", "speech", "organs", "seats", "ignore", "groups", "names", "trade",
            "pledges");
    private static volatile Rules standard;

    private final Map<String, RuleTable> tables;
    /** The frame tables' rows, typed and checked when the tables are read. */
    private final Map<String, Map<Rule, Frame>> frames;
    private final String fingerprint;

    private Rules(Map<String, RuleTable> tables, String fingerprint) {
        this.tables = Map.copyOf(tables);
        this.frames = Map.of("allegations", AllegationFinder.frames(tables.get("allegations")));
        this.fingerprint = fingerprint;
    }

    /** A short digest of every table's text: facts say which rules found them. */
    public String fingerprint() {
        return fingerprint;
    }

    public static Rules standard() {
        Rules r = standard;
        if (r == null) {
            synchronized (Rules.class) {
                if (standard == null)
                    standard = load(null);
                r = standard;
            }
        }
        return r;
    }

    /** The standard tables, with those found in {@code folder} (as {@code NAME.tsv}) taking their place. */
    public static Rules load(Path folder) {
        Map<String, RuleTable> tables = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (String name : TABLES) {
            Path own = folder == null ? null : folder.resolve(name + ".tsv");
            boolean mine = own != null && Files.isRegularFile(own);
            try {
                String content = mine ? Files.readString(own, StandardCharsets.UTF_8) : resource(name);
                digest.update((name + "\n" + content).getBytes(StandardCharsets.UTF_8));
                tables.put(name, RuleTable.read(mine ? own.toString() : name + ".tsv", new StringReader(content)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule table " + name + ".tsv: " + e.getMessage(), e);
            }
        }
        try {
            return new Rules(tables, HexFormat.of().formatHex(digest.digest()).substring(0, 8));
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException("bad rule table row " + e.getMessage(), new IOException(e.getMessage(), e));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Rules.class.getResourceAsStream("/extract/rules/" + name + ".tsv")) {
            if (in == null)
                throw new IOException("not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The typed frames of a frame table's rows. */
    Map<Rule, Frame> frames(String table) {
        Map<Rule, Frame> f = frames.get(table);
        if (f == null)
            throw new IllegalArgumentException("no frame table " + table);
        return f;
    }

    public RuleTable table(String name) {
        RuleTable t = tables.get(name);
        if (t == null)
            throw new IllegalArgumentException("no rule table " + name);
        return t;
    }
}
