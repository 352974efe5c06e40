package org.newskg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update operation without {@code LOAD} of the server's own files: a LOAD whose
 * source is not an http or https URL is refused with 400 unless {@code newskg:loadFromFiles}
 * is true in the configuration.
 * <p>
 * LOAD {@code <file:///...>} made the server read any file its user can read, and the parse
 * error it gave back showed the file's first token. Loading from files is what the {@code load}
 * and {@code ingest} commands are for.
 */
final class GuardedUpdate extends SPARQL_Update {
    /** The base Fuseki parses updates against. */
    private static final String BASE = "http://server/unset-base/";
    private final boolean loadFromFiles;

    GuardedUpdate(boolean loadFromFiles) {
        this.loadFromFiles = loadFromFiles;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        if (loadFromFiles) {
            super.execute(action, input);
            return;
        }
        byte[] text;
        try {
            text = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String refused = fileLoad(new String(text, StandardCharsets.UTF_8));
        if (refused != null)
            ServletOps.errorBadRequest("LOAD <" + refused + "> refused: the server does not read its own files "
                                       + "(newskg:loadFromFiles false); use newskg load or ingest");
        super.execute(action, new ByteArrayInputStream(text));
    }

    /** The source of the first LOAD that is not from http(s), or null. */
    private static String fileLoad(String updateText) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(updateText, BASE);
        } catch (QueryException e) {
            return null; // Fuseki's own parse reports it
        }
        for (Update u : request.getOperations())
            if (u instanceof UpdateLoad load) {
                String source = load.getSource().toLowerCase(Locale.ROOT);
                if (!source.startsWith("http://") && !source.startsWith("https://"))
                    return load.getSource();
            }
        return null;
    }
}
