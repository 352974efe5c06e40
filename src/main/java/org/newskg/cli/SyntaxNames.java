package org.newskg.cli;

import java.util.Arrays;
import java.util.Iterator;

import org.newskg.map.RdfSyntax;

import picocli.CommandLine.ITypeConverter;

/** The names of the RDF syntaxes, for {@code --format} help and parsing. */
final class SyntaxNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(RdfSyntax.values()).map(RdfSyntax::syntaxName).iterator();
    }

    static final class Converter implements ITypeConverter<RdfSyntax> {
        @Override
        public RdfSyntax convert(String value) {
            return RdfSyntax.of(value);
        }
    }
}
