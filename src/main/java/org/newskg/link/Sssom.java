package org.newskg.link;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newskg.map.IriScheme;
import org.newskg.vocab.Wikidata;

/**
 * Mappings in SSSOM's TSV form (the Simple Standard for Sharing Ontological Mappings): a YAML
 * header of metadata behind {@code #} (curie_map, mapping_set_id, license, ...), then one
 * mapping per row with at least subject_id, predicate_id, object_id and mapping_justification.
 */
public final class Sssom {
    private Sssom() {}

    static final List<String> COLUMNS = List.of("subject_id", "subject_label", "predicate_id", "predicate_modifier",
            "object_id", "object_label", "mapping_justification", "confidence", "mapping_tool");
    static final List<String> REQUIRED = List.of("subject_id", "predicate_id", "object_id", "mapping_justification");

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("nkgid", IriScheme.DEFAULT_BASE + "id/");
        PREFIXES.put("wikidata", Wikidata.ENTITY_NS);
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("semapv", MappingGraphs.SEMAPV);
    }

    /** Writes mappings as an SSSOM/TSV mapping set, sorted by subject and object. */
    public static void write(List<Mapping> mappings, Writer out) throws IOException {
        out.write("#curie_map:\n");
        for (var e : PREFIXES.entrySet())
            out.write("#  " + e.getKey() + ": " + e.getValue() + "\n");
        out.write("#mapping_set_id: " + IriScheme.DEFAULT_BASE + "mappings/wikidata\n");
        out.write("#mapping_set_description: Links of newskg entities (states, organizations, people, places) to Wikidata items.\n");
        out.write("#license: https://creativecommons.org/publicdomain/zero/1.0/\n");
        out.write("#subject_source: " + IriScheme.DEFAULT_BASE + "id/\n");
        out.write("#object_source: https://www.wikidata.org/\n");
        out.write("#mapping_date: " + LocalDate.now() + "\n");
        out.write(String.join("\t", COLUMNS) + "\n");
        List<Mapping> sorted = new ArrayList<>(mappings);
        sorted.sort(Comparator.comparing(Mapping::subject).thenComparing(Mapping::qid));
        for (Mapping m : sorted) {
            out.write(String.join("\t", curie(m.subject()), clean(m.label()), "skos:exactMatch", m.negated() ? "Not" : "",
                    "wikidata:" + m.qid(), clean(m.objectLabel()), m.justification(),
                    Double.isNaN(m.confidence()) ? "" : String.format(Locale.ROOT, "%.3f", m.confidence()), clean(m.tool())));
            out.write("\n");
        }
    }

    /**
     * Reads an SSSOM/TSV file of reviewed mappings.
     *
     * @throws SssomException naming the line and column of the first problem
     */
    public static List<Mapping> read(Path file) throws SssomException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SssomException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new SssomException(file + ": cannot read: " + e.getMessage());
        }
        Map<String, String> prefixes = new LinkedHashMap<>(PREFIXES);
        int n = 0;
        boolean inCurieMap = false;
        List<String> header = null;
        List<Mapping> out = new ArrayList<>();
        for (String line : lines) {
            n++;
            if (line.startsWith("#")) {
                String meta = line.substring(1);
                if (meta.trim().equals("curie_map:")) {
                    inCurieMap = true;
                } else if (inCurieMap && meta.startsWith("  ") && meta.contains(":")) {
                    int colon = meta.indexOf(':');
                    prefixes.put(meta.substring(0, colon).trim(), meta.substring(colon + 1).trim().replaceAll("^\"|\"$", ""));
                } else {
                    inCurieMap = false;
                }
                continue;
            }
            if (line.isBlank())
                continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = List.of(cells);
                for (String required : REQUIRED)
                    if (!header.contains(required))
                        throw new SssomException(file + ": line " + n + ": the header lacks the required column " + required);
                continue;
            }
            if (cells.length != header.size())
                throw new SssomException(file + ": line " + n + ": " + cells.length + " cells, the header has " + header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++)
                row.put(header.get(i), cells[i].trim());
            out.add(mapping(file, n, row, prefixes));
        }
        if (header == null)
            throw new SssomException(file + ": no header line with the SSSOM columns");
        return out;
    }

    private static Mapping mapping(Path file, int n, Map<String, String> row, Map<String, String> prefixes) throws SssomException {
        String where = file + ": line " + n + ": ";
        for (String required : REQUIRED)
            if (row.getOrDefault(required, "").isEmpty())
                throw new SssomException(where + required + " is empty");
        String subject = expand(row.get("subject_id"), prefixes, where + "subject_id");
        if (!subject.startsWith(IriScheme.DEFAULT_BASE + "id/"))
            throw new SssomException(where + "subject_id " + row.get("subject_id") + " is not a newskg entity (" + IriScheme.DEFAULT_BASE + "id/...)");
        String predicate = expand(row.get("predicate_id"), prefixes, where + "predicate_id");
        if (!predicate.equals("http://www.w3.org/2004/02/skos/core#exactMatch"))
            throw new SssomException(where + "predicate_id " + row.get("predicate_id") + " is not skos:exactMatch, the only link newskg records");
        String object = expand(row.get("object_id"), prefixes, where + "object_id");
        String qid = object.startsWith(Wikidata.ENTITY_NS) ? object.substring(Wikidata.ENTITY_NS.length()) : "";
        if (!qid.matches("Q[1-9][0-9]*"))
            throw new SssomException(where + "object_id " + row.get("object_id") + " is not a Wikidata item (wikidata:Q...)");
        String justification = row.get("mapping_justification");
        if (!justification.startsWith("semapv:"))
            throw new SssomException(where + "mapping_justification " + justification + " is not a SEMAPV term (semapv:...)");
        double confidence = Double.NaN;
        String c = row.getOrDefault("confidence", "");
        if (!c.isEmpty()) {
            try {
                confidence = Double.parseDouble(c);
            } catch (NumberFormatException e) {
                confidence = -1;
            }
            if (confidence < 0 || confidence > 1)
                throw new SssomException(where + "confidence " + c + " is not a number from 0 to 1");
        }
        String modifier = row.getOrDefault("predicate_modifier", "");
        if (!modifier.isEmpty() && !modifier.equals("Not"))
            throw new SssomException(where + "predicate_modifier " + modifier + " is not Not");
        return new Mapping(subject, blankToNull(row.get("subject_label")), qid, blankToNull(row.get("object_label")),
                           justification, confidence, blankToNull(row.get("mapping_tool")), modifier.equals("Not"));
    }

    private static String expand(String curie, Map<String, String> prefixes, String where) throws SssomException {
        if (curie.startsWith("http://") || curie.startsWith("https://"))
            return curie;
        int colon = curie.indexOf(':');
        String ns = colon > 0 ? prefixes.get(curie.substring(0, colon)) : null;
        if (ns == null)
            throw new SssomException(where + " " + curie + " uses a prefix not in the curie_map");
        return ns + curie.substring(colon + 1);
    }

    static String curie(String iri) {
        for (var e : PREFIXES.entrySet())
            if (iri.startsWith(e.getValue()))
                return e.getKey() + ":" + iri.substring(e.getValue().length());
        return iri;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
