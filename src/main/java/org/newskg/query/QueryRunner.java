package org.newskg.query;

import java.io.OutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a SPARQL query against a local TDB2 dataset or a SPARQL endpoint and prints the result.
 * A local dataset is queried as the server queries it: the default graph is the union of all
 * named graphs.
 */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final String endpoint;

    private QueryRunner(DatasetGraph dataset, String endpoint) {
        this.dataset = dataset;
        this.endpoint = endpoint;
    }

    public static QueryRunner local(DatasetGraph dataset) {
        return new QueryRunner(dataset, null);
    }

    public static QueryRunner remote(String endpointUrl) {
        return new QueryRunner(null, endpointUrl);
    }

    /** Runs {@code query} and writes its result to {@code out}: result sets in {@code format}, graphs as Turtle. */
    public void run(Query query, ResultFormat format, OutputStream out) {
        if (dataset != null)
            Txn.executeRead(dataset, () -> execute(query, format, out));
        else
            execute(query, format, out);
    }

    private void execute(Query query, ResultFormat format, OutputStream out) {
        try (QueryExec exec = builder(query)) {
            if (query.isSelectType())
                writeRows(exec.select(), query, format, out);
            else if (query.isAskType())
                writeAsk(exec.ask(), format, out);
            else if (query.isConstructQuad())
                RDFDataMgr.write(out, exec.constructDataset(), RDFFormat.TRIG_PRETTY);
            else
                RDFDataMgr.write(out, query.isConstructType() ? exec.construct() : exec.describe(), Lang.TURTLE);
        }
    }

    private QueryExec builder(Query query) {
        if (dataset != null) {
            QueryExecBuilder b = QueryExec.dataset(dataset).query(query);
            b.set(TDB2.symUnionDefaultGraph, true);
            return b.build();
        }
        return QueryExecHTTP.service(endpoint).query(query).build();
    }

    private static void writeRows(RowSet rows, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, org.apache.jena.query.ResultSet.adapt(rows), query.getPrologue());
            case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, rows);
            case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).write(out, rows);
            case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rows);
            case XML -> ResultsWriter.create().lang(ResultSetLang.RS_XML).write(out, rows);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultsWriter.create().lang(ResultSetLang.RS_CSV).build().write(out, answer);
            case TSV -> ResultsWriter.create().lang(ResultSetLang.RS_TSV).build().write(out, answer);
            case JSON -> ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, answer);
            case XML -> ResultsWriter.create().lang(ResultSetLang.RS_XML).build().write(out, answer);
        }
    }
}
