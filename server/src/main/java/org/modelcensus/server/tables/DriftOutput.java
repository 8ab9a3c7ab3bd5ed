package org.modelcensus.server.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.drift.CellKind;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.drift.Reason;
import org.modelcensus.functions.export.CsvExport;
import org.modelcensus.functions.report.ComputedCell;

/**
 * The CSV, JSON and text forms of a {@link Drift}, for {@code census drift} and the server's
 * {@code /api/v1/snapshots/{a}/drift/{b}}: one writer, so both say the same.
 *
 * <p>CSV: the provenance comment line, then {@link Drift#HEADER}. JSON: {@code {"edition", "before",
 * "after", "totals": {"cells", "countCells", "modelLines", "reasons": {id: lines}}, "cells": [{"table",
 * "row", "column", "kind", "before", "after", "inBefore", "inAfter", "models": [{"model", "direction",
 * "reasons": [{"reason", "detail"}]}]}]}}.
 */
public final class DriftOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DriftOutput() {
    }

    /**
     * The comment line before the CSV: snapshot A as {@code source}, {@code sha256}, {@code schema}, the
     * edition, then snapshot B as {@code after.source}, {@code after.sha256}, {@code after.schema}.
     */
    public static String provenanceLine(Drift d) {
        Provenance a = d.a();
        Provenance b = d.b();
        return "# source=" + a.source() + " sha256=" + a.sha256() + " schema=" + a.generation() + " edition="
                + d.edition() + " after.source=" + b.source() + " after.sha256=" + b.sha256() + " after.schema="
                + b.generation() + (a.sample() || b.sample() ? " sample=true" : "");
    }

    /** The header line and one line per row of {@link Drift#rows()} (without the provenance line). */
    public static void writeCsv(Drift d, Appendable out) throws IOException {
        out.append(CsvExport.row(Drift.HEADER)).append('\n');
        for (var r : d.rows()) {
            out.append(CsvExport.row(r)).append('\n');
        }
    }

    /** Writes the JSON document, indented, and a line end. */
    public static void writeJson(Drift d, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(document(d)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON document of a drift. */
    public static ObjectNode document(Drift d) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("edition", d.edition());
        doc.set("before", TablesJson.provenance(d.a()));
        doc.set("after", TablesJson.provenance(d.b()));
        ObjectNode totals = doc.putObject("totals");
        totals.put("cells", d.cells().size());
        totals.put("countCells", d.cells().stream().filter(c -> c.kind() == CellKind.COUNT).count());
        totals.put("modelLines", d.modelLines());
        ObjectNode perReason = totals.putObject("reasons");
        d.reasons().forEach((r, n) -> perReason.put(r.id(), n));
        ArrayNode cells = doc.putArray("cells");
        for (Drift.Cell c : d.cells()) {
            ObjectNode n = cells.addObject();
            n.put("table", c.key().table());
            n.put("row", c.key().row());
            n.put("column", c.key().column());
            n.put("kind", c.kind().id());
            putValue(n, "before", c.before());
            putValue(n, "after", c.after());
            n.put("inBefore", c.inBefore());
            n.put("inAfter", c.inAfter());
            ArrayNode models = n.putArray("models");
            for (Drift.ModelLine m : c.models()) {
                ObjectNode line = models.addObject();
                line.put("model", m.model());
                line.put("direction", m.direction());
                ArrayNode reasons = line.putArray("reasons");
                m.causes().forEach(x -> reasons.addObject().put("reason", x.reason().id()).put("detail", x.detail()));
            }
        }
        return doc;
    }

    /** Prints the drift for a reader: per changed cell its values, then one line per model; Korean when {@code korean}. */
    public static void writeText(Drift d, PrintWriter out, boolean korean) {
        out.println("A: " + d.a().describe());
        out.println("B: " + d.b().describe());
        long counts = d.cells().stream().filter(c -> c.kind() == CellKind.COUNT).count();
        out.printf(korean ? "판 %s: 값이 달라진 셀 %d개 (건수 %d, 기타 %d), 모델 줄 %d개%n"
                : "edition %s: %d cells differ (%d counts, %d others), %d model lines%n", d.edition(),
                d.cells().size(), counts, d.cells().size() - counts, d.modelLines());
        out.println((korean ? "사유별 줄 수: " : "lines per reason: ") + String.join(", ", d.reasons().entrySet().stream()
                .map(e -> e.getKey().id() + " " + e.getValue()).toList()));
        for (Drift.Cell c : d.cells()) {
            out.printf("%s %s → %s%s%n", c.key(), shown(c.before(), c.inBefore(), korean),
                    shown(c.after(), c.inAfter(), korean), c.kind() == CellKind.COUNT ? "" : "  (" + c.kind().id() + ")");
            for (Drift.ModelLine m : c.models()) {
                out.println("  " + Drift.signed(m.direction()) + " " + m.model() + ": " + (korean ? koreanReason(m) : m.reason()));
            }
        }
        out.println((korean ? "사유: " : "reasons: ") + String.join(", ", java.util.Arrays.stream(Reason.values())
                .map(r -> r.id() + " (" + (korean ? r.korean() : r.label()) + ")").toList()));
    }

    /** The causes with each reason's Korean description beside its id, e.g. {@code added(데이터베이스에 추가됨): not in A …}. */
    private static String koreanReason(Drift.ModelLine m) {
        return String.join("; ", m.causes().stream().map(c -> c.reason().id() + "(" + c.reason().korean() + ")"
                + (c.detail().isEmpty() ? "" : ": " + c.detail())).toList());
    }

    private static String shown(Object v, boolean inTable, boolean korean) {
        String s = ComputedCell.format(v);
        if (inTable) {
            return s.isEmpty() ? (korean ? "(빈칸)" : "(blank)") : s;
        }
        return s.isEmpty() ? (korean ? "(없음)" : "(none)") : s + (korean ? " (표에 없는 행)" : " (row not in the table)");
    }

    private static void putValue(ObjectNode n, String field, Object value) {
        if (value instanceof Double x && Double.isFinite(x)) {
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                n.put(field, x.longValue());
            } else {
                n.put(field, x);
            }
        } else if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, ComputedCell.format(value));
        }
    }
}
