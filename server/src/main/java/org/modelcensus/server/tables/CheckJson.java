package org.modelcensus.server.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.corrections.Applied;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.check.Cause;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.report.ComputedCell;

/**
 * The JSON form of {@code census check --format json}: {@code report}, {@code snapshot} (the data file's
 * name), {@code ledger}, {@code corrections}, {@code totals} (cells, equal, explained, unexplained; explained cells by the
 * strength of the weakest cause that verified ({@code explainedByStrength}); per
 * table; apart for the figures printed in tables ({@code printedNumbers}), blanks read as 0, blanks not
 * disclosed, figures from the prose, reconstructed from charts and derived), {@code cells}
 * (every printed cell with computed, printed, status and causes; the models behind differing ones),
 * {@code sideEffects} (with corrections: cells equal without them that differ with them),
 * {@code world} (the one world the statuses are counted in: scenario, broken cells, alternatives, causes
 * without effect; see {@link #world}), totals per strength floor ({@code totals.byStrengthFloor}) and
 * {@code provenance}. A cell carries {@code worldValue}, {@code broken}, {@code strength} (explained
 * cells), {@code note}; a cause its {@code role} (scenario, alternative, report, open).
 */
public final class CheckJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckJson() {
    }

    /** Writes the document, indented, and a line end. */
    public static void write(ObjectNode doc, PrintWriter out) {
        try {
            out.println(MAPPER.writeValueAsString(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document of a check; {@code without} is the check of the data before corrections (null without
     * corrections), {@code snapshot} the name of the data checked.
     */
    public static ObjectNode document(Check check, Check without, String snapshot, List<Corrected> corrected,
            Provenance provenance) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("report", check.edition());
        doc.put("snapshot", snapshot);
        doc.put("ledger", check.ledger());
        ArrayNode corrections = doc.putArray("corrections");
        for (Corrected c : corrected) {
            ObjectNode n = corrections.addObject().put("file", c.source());
            ArrayNode rows = n.putArray("applied");
            c.applied().stream().map(Applied::describe).forEach(rows::add);
        }
        doc.set("totals", totals(check));
        doc.set("world", world(check));
        doc.set("outOfScope", outOfScope(check.edition()));
        ArrayNode cells = doc.putArray("cells");
        for (Check.CellResult c : check.cells()) {
            cells.add(cell(c, true));
        }
        if (without != null) {
            ArrayNode side = doc.putArray("sideEffects");
            for (Check.CellResult[] pair : Check.sideEffects(without, check)) {
                CellKey k = pair[1].key();
                ObjectNode n = side.addObject().put("table", k.table()).put("row", k.row()).put("column", k.column());
                putValue(n, "computedWithout", pair[0].computed());
                putValue(n, "computedWith", pair[1].computed());
                n.put("printed", pair[1].printed().published());
                n.put("status", pair[1].status().id());
            }
        }
        doc.set("provenance", TablesJson.provenance(provenance));
        return doc;
    }

    /** Totals: overall counts, then per table and per kind of printed figure. */
    public static ObjectNode totals(Check check) {
        ObjectNode n = counts(check.totals());
        ObjectNode strengths = n.putObject("explainedByStrength");
        check.explainedByStrength().forEach((s, count) -> strengths.put(s.id(), count));
        n.set("printedNumbers", counts(check.totals("printed")));
        n.set("blanksAsZero", counts(check.totals("blankAsZero")));
        n.set("blanksUndisclosed", counts(check.totals("blankUndisclosed")));
        n.set("prose", counts(check.totals("prose")));
        n.set("reconstructed", counts(check.totals("reconstructed")));
        n.set("derived", counts(check.totals("derived")));
        ObjectNode floors = n.putObject("byStrengthFloor");
        check.totalsByFloor().forEach((s, t) -> floors.set(s.id(), counts(t)));
        ObjectNode tables = n.putObject("tables");
        for (Map.Entry<String, Check.Totals> e : check.tableTotals().entrySet()) {
            tables.set(e.getKey(), counts(e.getValue()));
        }
        return n;
    }

    /**
     * The one world: {@code scenario} (source, files in order, notes), {@code broken} (cells equal on the data
     * that the scenario breaks), {@code alternatives} (hypothesis files outside the scenario with the cells they
     * fix and break, never counted) and {@code withoutEffect} (scenario causes that explain nothing here).
     */
    public static ObjectNode world(Check check) {
        Check.World w = check.world();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("source", w.source());
        w.scenario().forEach(n.putArray("scenario")::add);
        w.scenarioNotes().forEach(n.putArray("scenarioNotes")::add);
        ArrayNode broken = n.putArray("broken");
        w.broken().forEach(k -> broken.add(key(k)));
        ArrayNode alternatives = n.putArray("alternatives");
        for (Check.Alternative a : w.alternatives()) {
            ObjectNode an = alternatives.addObject().put("hypothesis", a.hypothesis()).put("note", a.note());
            ArrayNode fixes = an.putArray("fixes");
            a.fixes().forEach(k -> fixes.add(key(k)));
            ArrayNode breaks = an.putArray("breaks");
            a.breaks().forEach(k -> breaks.add(key(k)));
        }
        ArrayNode none = n.putArray("withoutEffect");
        for (Cause c : w.withoutEffect()) {
            none.add(key(c.cell()).put("kind", c.kind().id()).put("hypothesis", c.hypothesis()).put("where", c.where()));
        }
        return n;
    }

    /**
     * The numbers of the edition's report text that no data can back (page counts, "상위 5개"): id, printed,
     * sentence and why; empty for an edition that is not built in.
     */
    public static ArrayNode outOfScope(String edition) {
        ArrayNode out = MAPPER.createArrayNode();
        Edition.builtIns().stream().filter(e -> e.id().equals(edition)).findFirst().ifPresent(e -> {
            for (PrintedFigure f : PublishedFigures.builtIn().outOfScope(e)) {
                out.addObject().put("id", f.key().row()).put("printed", f.published()).put("sentence", f.sentence())
                        .put("why", f.note());
            }
        });
        return out;
    }

    /** The numbers of the report text, each as {@link #cell} gives it (with sentence and backing). */
    public static ArrayNode prose(Check check) {
        ArrayNode out = MAPPER.createArrayNode();
        check.cells(c -> c.printed().backing() != null).forEach(c -> out.add(cell(c, false)));
        return out;
    }

    private static ObjectNode key(CellKey k) {
        return MAPPER.createObjectNode().put("table", k.table()).put("row", k.row()).put("column", k.column());
    }

    private static ObjectNode counts(Check.Totals t) {
        return MAPPER.createObjectNode().put("cells", t.cells()).put("equal", t.equal()).put("explained", t.explained())
                .put("unexplained", t.unexplained());
    }

    /** One cell: table, row, column, computed, printed, printedAs, status, causes (and modelsBehind when asked and differing). */
    public static ObjectNode cell(Check.CellResult c, boolean modelsBehind) {
        CellKey k = c.key();
        ObjectNode n = MAPPER.createObjectNode().put("table", k.table()).put("row", k.row()).put("column", k.column());
        putValue(n, "computed", c.computed());
        n.put("printed", c.printed().published());
        n.put("printedAs", c.printed().kind());
        if (c.printed().backing() != null) {
            n.put("sentence", c.printed().sentence());
            n.put("backing", c.printed().backing().text());
        }
        n.put("status", c.status().id());
        if (c.strength() != null) {
            n.put("strength", c.strength().id());
        }
        putValue(n, "worldValue", c.worldValue());
        n.put("broken", c.broken());
        n.put("note", c.note());
        n.set("causes", causes(c));
        if (modelsBehind && !c.equal()) {
            c.modelsBehind().forEach(n.putArray("modelsBehind")::add);
        }
        return n;
    }

    /** The causes of a cell: kind, models, evidence, strength, hypothesis, verified, note, where. */
    public static ArrayNode causes(Check.CellResult c) {
        ArrayNode causes = MAPPER.createArrayNode();
        for (Check.CauseResult r : c.causes()) {
            Cause cause = r.cause();
            ObjectNode n = causes.addObject().put("kind", cause.kind().id());
            cause.models().forEach(n.putArray("models")::add);
            n.put("evidence", cause.evidence()).put("evidenceKo", cause.evidenceKo()).put("strength", cause.strength().id())
                    .put("hypothesis", cause.hypothesis());
            if (r.verified() == null) {
                n.putNull("verified");
            } else {
                n.put("verified", r.verified());
            }
            n.put("note", r.note()).put("role", r.role().id()).put("where", cause.where());
        }
        return causes;
    }

    /** Whole numbers as integers, other numbers at full precision, text and errors as text, null for no cell. */
    static void putValue(ObjectNode n, String field, Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                n.put(field, d.longValue());
            } else {
                n.put(field, d);
            }
        } else if (value instanceof ExcelError e) {
            n.put(field, e.text());
        } else if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, ComputedCell.format(value));
        }
    }
}
