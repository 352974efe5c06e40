package org.newskg.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads gold files ({@code gold/dNNN.json}, the format of the development corpus' README):
 * {@code entities}, {@code leaders}, {@code events}, {@code agreements}, {@code allegations};
 * an absent list is empty. The file is checked as it is read: JSON syntax, the type of every
 * field, the closed vocabularies of entity, event and agreement types, QIDs, and that every label
 * a fact uses is one of the file's entities. A problem is a {@link GoldException} naming the file
 * and the JSON path.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    private GoldReader() {}

    /** Reads and checks one gold file; the article id is the file name without {@code .json}. */
    public static GoldArticle read(Path file) throws GoldException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GoldException(name, "$", "cannot read: " + e.getMessage());
        }
        String fileName = file.getFileName().toString();
        String id = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        return read(id, name, bytes);
    }

    /** Reads and checks gold JSON held in memory; {@code name} is used in messages. */
    public static GoldArticle read(String id, String name, byte[] bytes) throws GoldException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new GoldException(name, "$", "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new GoldException(name, "$", "cannot read JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject())
            throw new GoldException(name, "$", "expected a JSON object with entities, leaders, events, agreements and allegations");
        return new Parse(name).article(id, root);
    }

    /**
     * Reads every {@code *.json} file of a folder, keyed (and sorted) by article id. Stops at the
     * first bad file.
     */
    public static SortedMap<String, GoldArticle> readAll(Path goldDir) throws GoldException {
        if (!Files.isDirectory(goldDir))
            throw new GoldException(goldDir.toString(), "$", "no such folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(goldDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new GoldException(goldDir.toString(), "$", "cannot list: " + e.getMessage());
        }
        SortedMap<String, GoldArticle> gold = new TreeMap<>();
        for (Path f : files) {
            GoldArticle a = read(f);
            gold.put(a.id(), a);
        }
        return gold;
    }

    /** One file's parse: knows the file name for messages and the entity labels for references. */
    private static final class Parse {
        private final String name;
        private final Set<String> labels = new HashSet<>();

        Parse(String name) {
            this.name = name;
        }

        GoldArticle article(String id, JsonNode root) throws GoldException {
            List<GoldArticle.Entity> entities = new ArrayList<>();
            List<JsonNode> items = array(root, "entities", "$");
            for (int i = 0; i < items.size(); i++) {
                String p = "$.entities[" + i + "]";
                JsonNode e = object(items.get(i), p);
                String label = text(e, "label", p, true);
                String type = oneOf(text(e, "type", p, true), GoldArticle.ENTITY_TYPES, p + ".type", "entity type");
                String qid = text(e, "wikidata", p, false);
                if (qid != null && !QID.matcher(qid).matches())
                    throw new GoldException(name, p + ".wikidata", "'" + qid + "' is not a Wikidata QID (Q followed by digits) or null");
                if (!labels.add(label))
                    throw new GoldException(name, p + ".label", "the label '" + label + "' is listed twice");
                entities.add(new GoldArticle.Entity(label, type, qid));
            }

            List<GoldArticle.Leader> leaders = new ArrayList<>();
            items = array(root, "leaders", "$");
            for (int i = 0; i < items.size(); i++) {
                String p = "$.leaders[" + i + "]";
                JsonNode l = object(items.get(i), p);
                leaders.add(new GoldArticle.Leader(ref(l, "leader", p, true), ref(l, "state", p, true), text(l, "office", p, true)));
            }

            List<GoldArticle.Event> events = new ArrayList<>();
            items = array(root, "events", "$");
            for (int i = 0; i < items.size(); i++) {
                String p = "$.events[" + i + "]";
                JsonNode e = object(items.get(i), p);
                String type = oneOf(text(e, "type", p, true), GoldArticle.EVENT_TYPES, p + ".type", "event type");
                events.add(new GoldArticle.Event(type, refs(e, "participants", p), ref(e, "place", p, false),
                                                 date(e, p), text(e, "evidence", p, false)));
            }

            List<GoldArticle.Agreement> agreements = new ArrayList<>();
            items = array(root, "agreements", "$");
            for (int i = 0; i < items.size(); i++) {
                String p = "$.agreements[" + i + "]";
                JsonNode a = object(items.get(i), p);
                String type = oneOf(text(a, "type", p, true), GoldArticle.AGREEMENT_TYPES, p + ".type", "agreement type");
                agreements.add(new GoldArticle.Agreement(type, refs(a, "parties", p), date(a, p), text(a, "evidence", p, false)));
            }

            List<GoldArticle.Allegation> allegations = new ArrayList<>();
            items = array(root, "allegations", "$");
            for (int i = 0; i < items.size(); i++) {
                String p = "$.allegations[" + i + "]";
                JsonNode a = object(items.get(i), p);
                allegations.add(new GoldArticle.Allegation(ref(a, "accuser", p, true), ref(a, "accused", p, true),
                                                           text(a, "act", p, false), ref(a, "denied_by", p, false),
                                                           text(a, "evidence", p, false)));
            }
            return new GoldArticle(id, entities, leaders, events, agreements, allegations);
        }

        private List<JsonNode> array(JsonNode parent, String field, String path) throws GoldException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull())
                return List.of();
            if (!n.isArray())
                throw new GoldException(name, path + "." + field, "expected an array, found " + kind(n));
            List<JsonNode> list = new ArrayList<>();
            n.forEach(list::add);
            return list;
        }

        private JsonNode object(JsonNode n, String path) throws GoldException {
            if (!n.isObject())
                throw new GoldException(name, path, "expected an object, found " + kind(n));
            return n;
        }

        private String text(JsonNode parent, String field, String path, boolean required) throws GoldException {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                if (required)
                    throw new GoldException(name, path + "." + field, "missing (a string is required)");
                return null;
            }
            if (!n.isTextual())
                throw new GoldException(name, path + "." + field, "expected a string" + (required ? "" : " or null") + ", found " + kind(n));
            if (required && n.asText().isBlank())
                throw new GoldException(name, path + "." + field, "is empty");
            return n.asText();
        }

        private String ref(JsonNode parent, String field, String path, boolean required) throws GoldException {
            String label = text(parent, field, path, required);
            checkLabel(label, path + "." + field);
            return label;
        }

        private List<String> refs(JsonNode parent, String field, String path) throws GoldException {
            List<JsonNode> items = array(parent, field, path);
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String p = path + "." + field + "[" + i + "]";
                JsonNode n = items.get(i);
                if (!n.isTextual())
                    throw new GoldException(name, p, "expected an entity label, found " + kind(n));
                checkLabel(n.asText(), p);
                labels.add(n.asText());
            }
            return labels;
        }

        private void checkLabel(String label, String path) throws GoldException {
            if (label != null && !labels.contains(label))
                throw new GoldException(name, path, "'" + label + "' is not the label of an entity of this file");
        }

        private String date(JsonNode parent, String path) throws GoldException {
            String date = text(parent, "date", path, false);
            if (date != null && !DATE.matcher(date).matches())
                throw new GoldException(name, path + ".date", "'" + date + "' is not a date (YYYY-MM-DD) or null");
            return date;
        }

        private String oneOf(String value, List<String> allowed, String path, String what) throws GoldException {
            if (!allowed.contains(value))
                throw new GoldException(name, path, "unknown " + what + " '" + value + "' (one of " + String.join(", ", allowed) + ")");
            return value;
        }

        private static String kind(JsonNode n) {
            return switch (n.getNodeType()) {
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                default -> n.getNodeType().toString().toLowerCase();
            };
        }
    }
}
