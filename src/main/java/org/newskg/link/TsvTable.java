package org.newskg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The gazetteer's tables: UTF-8, tab-separated, one header line, no quoting; multi-valued cells split on ";". */
final class TsvTable {
    private TsvTable() {}

    /** Reads a table in the jar, handing each row over as column name -> value. */
    static void resourceRows(String resource, Consumer<Map<String, String>> row) {
        try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("gazetteer table " + resource + " is missing from the jar");
            rows(in, resource, List.of(), row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table, refusing it when a column of {@code required} is missing or a row has the wrong number of cells. */
    static void rows(InputStream in, String name, List<String> required, Consumer<Map<String, String>> row) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = r.readLine();
        if (first == null)
            throw new IllegalStateException(name + ": empty, expected a header line");
        List<String> header = Arrays.asList(first.split("\t", -1));
        for (String column : required)
            if (!header.contains(column))
                throw new IllegalStateException(name + ": no column " + column + " in the header");
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank())
                continue;
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size())
                throw new IllegalStateException(name + " line " + n + ": " + cells.length + " cells, expected " + header.size());
            Map<String, String> cols = new HashMap<>();
            for (int i = 0; i < cells.length; i++)
                cols.put(header.get(i), cells[i].trim());
            row.accept(cols);
        }
    }

    static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
