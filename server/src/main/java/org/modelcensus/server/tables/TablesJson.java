package org.modelcensus.server.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;

/**
 * The JSON form of report tables ({@code census tables --format json} and the server's
 * {@code .json} tables): provenance (with Epoch's citation), edition, and per table its title,
 * unit, inputs ({@code params}) and {@code rows.<row>.<column> = value}; numbers as JSON numbers,
 * text and Excel errors ({@code "#DIV/0!"}) as strings, never neutralized.
 *
 * <p>Example (pandas): {@code pd.DataFrame(doc["tables"]["T1"]["rows"]).T}
 */
public final class TablesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TablesJson() {
    }

    /** Writes the document of every table of a report, indented, and a line end. */
    public static void write(Report report, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(document(report)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document of every table of a report. */
    public static ObjectNode document(Report report) {
        return document(report, report.tables());
    }

    /** The document of some tables of a report, e.g. {@code document(report, List.of(report.table("T1")))}. */
    public static ObjectNode document(Report report, List<ReportTable> only) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.set("provenance", provenance(report.data().provenance()));
        doc.set("edition", edition(report.edition()));
        ObjectNode tables = doc.putObject("tables");
        for (ReportTable t : only) {
            tables.set(t.id(), table(report, t));
        }
        return doc;
    }

    /**
     * Provenance as JSON: source, sha256, rows, schema (the generation), missingFields (optional fields the
     * snapshot lacks, blank in every table), unusedColumns, sample, readAt, citation (and a note for the sample).
     */
    public static ObjectNode provenance(Provenance p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("source", p.source());
        n.put("sha256", p.sha256());
        n.put("rows", p.rows());
        n.put("schema", p.generation());
        p.missingFields().forEach(n.putArray("missingFields")::add);
        p.unusedColumns().forEach(n.putArray("unusedColumns")::add);
        n.put("sample", p.sample());
        n.put("readAt", p.readAt().toString());
        n.put("citation", Provenance.EPOCH_CITATION);
        if (p.sample()) {
            n.put("note", SampleData.NOTE);
        }
        return n;
    }

    private static ObjectNode table(Report report, ReportTable t) {
        ObjectNode table = MAPPER.createObjectNode();
        table.put("title", t.title());
        table.put("unit", t.unit());
        ObjectNode params = table.putObject("params");
        t.params().forEach(p -> putValue(params, p.name(), p.value()));
        ObjectNode rows = table.putObject("rows");
        for (CellKey key : t.cells().keySet()) {
            ObjectNode row = rows.has(key.row()) ? (ObjectNode) rows.get(key.row()) : rows.putObject(key.row());
            putValue(row, key.column(), report.value(key));
        }
        return table;
    }

    private static ObjectNode edition(Edition e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("title", e.title());
        n.put("firstYear", e.firstYear());
        n.put("lastYear", e.lastYear());
        return n;
    }

    /** Whole numbers as integers, other numbers at full precision, errors as their Excel text. */
    private static void putValue(ObjectNode row, String column, Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                row.put(column, d.longValue());
            } else {
                row.put(column, d);
            }
        } else if (value instanceof ExcelError e) {
            row.put(column, e.text());
        } else {
            row.put(column, value == null ? null : ComputedCell.format(value));
        }
    }
}
