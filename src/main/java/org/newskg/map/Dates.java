package org.newskg.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Dates of the facts format as typed literals, as precise as they were given. */
final class Dates {
    private Dates() {}

    /** "2025" becomes xsd:gYear, "2025-05" xsd:gYearMonth, "2025-05-09" xsd:date. */
    static Node literal(String date) {
        XSDDatatype type = switch (date.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 10 -> XSDDatatype.XSDdate;
            default -> throw new IllegalArgumentException("not a date of the facts format: " + date);
        };
        return NodeFactory.createLiteralDT(date, type);
    }
}
