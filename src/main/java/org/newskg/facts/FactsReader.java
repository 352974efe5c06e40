package org.newskg.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Reads a facts file (format {@code newskg-facts/1.0}) and checks it completely before anyone
 * maps it: UTF-8, JSON syntax, the JSON Schema, then {@link FactsChecker} (references, spans,
 * dates). Any problem is a {@link FactsException} naming the file and the JSON path.
 *
 * <pre>
 *   ArticleFacts facts = FactsReader.standard().read(Path.of("articles/seed.facts.json"));
 * </pre>
 */
public final class FactsReader {
    /** The format identifier this reader accepts. */
    public static final String FORMAT = "newskg-facts/1.0";
    /** Classpath location of the JSON Schema, copied there from {@code schema/} by the build. */
    public static final String SCHEMA_RESOURCE = "/schema/facts-1.0.schema.json";
    /** Facts files and article texts larger than this are refused before parsing. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final FactsReader STANDARD = new FactsReader();

    private final ObjectMapper json;
    private final JsonSchema schema;

    private FactsReader() {
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        // Deeply nested input must fail as bad input, not as a stack overflow.
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        try (InputStream in = FactsReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build();
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the facts JSON Schema", e);
        }
    }

    /** The reader for format 1.0 (thread-safe). */
    public static FactsReader standard() {
        return STANDARD;
    }

    /** Reads and checks one facts file; a relative {@code textFile} is resolved against its folder. */
    public ArticleFacts read(Path file) throws FactsException {
        String name = file.toString();
        byte[] bytes = readBytes(file, name, "$");
        Path folder = file.toAbsolutePath().getParent();
        return parse(name, bytes, textFile -> readText(folder.resolve(textFile), name));
    }

    /** Reads and checks facts held in memory; {@code name} is used in messages; the text must be inline. */
    public ArticleFacts read(String name, byte[] bytes) throws FactsException {
        return parse(name, bytes, textFile -> {
            throw new FactsException(name, "$.article.textFile", "a facts file read from memory must carry its text inline");
        });
    }

    @FunctionalInterface
    private interface TextSource {
        byte[] load(String textFile) throws FactsException;
    }

    private ArticleFacts parse(String name, byte[] bytes, TextSource texts) throws FactsException {
        decodeUtf8(bytes, name, "$");
        JsonNode tree = parseJson(name, bytes);
        validateSchema(name, tree);

        ArticleFacts facts;
        try {
            facts = json.treeToValue(tree, ArticleFacts.class);
        } catch (JsonProcessingException e) {
            throw new FactsException(name, "$", "does not fit the facts model: " + e.getOriginalMessage());
        }

        byte[] textBytes;
        String text;
        if (facts.article().text() != null) {
            text = facts.article().text();
            textBytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            textBytes = texts.load(facts.article().textFile());
            text = decodeUtf8(textBytes, name, "$.article.textFile");
        }
        text = text.replace("\r\n", "\n");
        facts = facts.withTextAndHash(text, sha256(bytes, textBytes));

        List<Problem> problems = new FactsChecker(facts).check();
        if (!problems.isEmpty())
            throw new FactsException(name, problems);
        return facts;
    }

    private JsonNode parseJson(String name, byte[] bytes) throws FactsException {
        if (bytes.length == 0)
            throw new FactsException(name, "$", "the file is empty");
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || tree.isMissingNode())
                throw new FactsException(name, "$", "the file holds no JSON value");
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FactsException(name, "$", "malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FactsException(name, "$", "cannot read JSON: " + e.getMessage());
        }
    }

    private void validateSchema(String name, JsonNode tree) throws FactsException {
        JsonNode format = tree.path("format");
        if (format.isTextual() && !FORMAT.equals(format.asText()))
            throw new FactsException(name, "$.format", "unsupported format '" + format.asText() + "'; this version reads " + FORMAT);
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(tree));
        if (messages.isEmpty())
            return;
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                                .thenComparing(ValidationMessage::getMessage));
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : messages)
            problems.add(new Problem(m.getInstanceLocation().toString(), schemaMessage(m)));
        throw new FactsException(name, problems);
    }

    /** The validator's message starts with the path again; keep only what is wrong. */
    private static String schemaMessage(ValidationMessage m) {
        String text = m.getMessage();
        String prefix = m.getInstanceLocation().toString() + ": ";
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    private static byte[] readBytes(Path file, String name, String jsonPath) throws FactsException {
        try {
            if (!Files.isRegularFile(file))
                throw new FactsException(name, jsonPath, "no such file: " + file);
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new FactsException(name, jsonPath, "file too large: " + size + " bytes (limit " + MAX_BYTES + ")");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FactsException(name, jsonPath, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static byte[] readText(Path textFile, String name) throws FactsException {
        return readBytes(textFile, name, "$.article.textFile");
    }

    private static String decodeUtf8(byte[] bytes, String name, String jsonPath) throws FactsException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FactsException(name, jsonPath, "not valid UTF-8 text");
        }
    }

    private static String sha256(byte[] facts, byte[] text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(facts);
            digest.update(text);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
