package org.modelcensus.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.corrections.Applied;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.drift.Drift;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.LongTable;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.run.Run;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.workbook.XlsxSheet.Row;

/**
 * Writes the template workbook of one report: {@code About}, {@code Data} and {@code Data-<table>}
 * (the normalized data, one Excel Table per sheet), {@code Mappings}, {@code Corrections}, one sheet
 * per table and figure (every computed cell a native formula over the data Tables, rendered from the
 * cell's definition, with the Java value cached), {@code Checks}, {@code Index} and, comparing with another
 * snapshot, {@code Drift}. Written as SpreadsheetML text by {@link XlsxWorkbook}, the data sheets' rows streamed.
 */
public final class TemplateWorkbook {
    /** Sheet names in order, before and after the table sheets. */
    public static final String ABOUT = "About";
    public static final String MAPPINGS = "Mappings";
    public static final String CORRECTIONS = "Corrections";
    public static final String INDEX = "Index";
    /** The last sheet when the workbook compares two snapshots. */
    public static final String DRIFT = DriftSheet.NAME;
    /** The header of the {@code Index} sheet, the interface tools rely on. */
    public static final List<String> INDEX_HEADER = List.of("table", "row", "column", "cell", "published");

    /**
     * What a workbook is made from: the evaluated report (its data carries provenance and mappings), the
     * report compared with the printed figures, the corrections files applied to the data in order, the
     * generating tool and version (e.g. {@code census 0.1.0}) and when the workbook is generated.
     *
     * <p>The check may still be computing when an input is made ({@link #of}): {@link #check()} waits for it.
     */
    public static final class Input {
        private final Report report;
        private final Background<Check> check;
        private final List<Corrected> corrections;
        private final String tool;
        private final Instant generatedAt;

        private Input(Report report, Background<Check> check, List<Corrected> corrections, String tool, Instant generatedAt) {
            this.report = report;
            this.check = check;
            this.corrections = List.copyOf(corrections);
            this.tool = tool;
            this.generatedAt = generatedAt;
        }

        public Input(Report report, Check check, List<Corrected> corrections, String tool, Instant generatedAt) {
            this(report, Background.done(check), corrections, tool, generatedAt);
        }

        /**
         * The input of a run: its report, check and corrections, generated now. The check (a recomputation of
         * the report per world of the ledger) is computed on a thread of its own while the data and table
         * sheets, which do not read it, are written; its ledger is read here, so that a bad one fails at once.
         */
        public static Input of(Run run, String tool) {
            Report report = run.report();
            run.ledger();
            return new Input(report, Background.start("census-check", run::check), run.corrections(), tool,
                    Instant.now());
        }

        public Report report() {
            return report;
        }

        /** The check, once computed; a failure computing it is thrown here. */
        public Check check() {
            return check.get();
        }

        /** Waits for the check, whatever its outcome: a workbook that failed leaves no check running behind it. */
        void settle() {
            check.settle();
        }

        public List<Corrected> corrections() {
            return corrections;
        }

        public String tool() {
            return tool;
        }

        public Instant generatedAt() {
            return generatedAt;
        }
    }

    /** What was written: the formula cells the generator emitted and the cells the {@code Index} lists. */
    public record Summary(int formulaCells, int indexedCells, int sheets) {
    }

    /** Rows of a streamed sheet kept in memory; older ones are flushed to a temporary file. */
    private static final int WINDOW = 200;

    private TemplateWorkbook() {
    }

    public static Summary write(Input in, OutputStream out) throws IOException {
        return write(in, null, out);
    }

    /**
     * Writes the workbook and, when {@code drift} is not null, a last sheet {@code Drift}: the drift of the
     * report's edition from a compared snapshot to this workbook's data ({@code census workbook --compare}).
     */
    public static Summary write(Input in, Drift drift, OutputStream out) throws IOException {
        try {
            return writeSheets(in, drift, new XlsxWorkbook(WINDOW), out);
        } finally {
            in.settle();
        }
    }

    private static Summary writeSheets(Input in, Drift drift, XlsxWorkbook wb, OutputStream out) throws IOException {
        Report report = in.report();
        Layout layout = new Layout(report);
        Cells cells = new Cells(wb);
        cells.pageHeader(report.edition().id(), report.data().provenance().sha256());
        AboutSheet.write(wb, cells, in);
        DataSheet.write(wb, cells, report.data().tables());
        mappings(wb, cells, report.data().mappings());
        corrections(wb, cells, in.corrections());
        for (ReportTable t : report.tables()) {
            TableSheet.write(wb, cells, layout, report, t);
        }
        ChecksSheet.write(wb, cells, layout, report, in.check());
        int indexed = index(wb, cells, layout, report, in.check());
        if (drift != null) {
            DriftSheet.write(wb, cells, drift);
        }
        wb.write(out, in.generatedAt(), in.tool());
        return new Summary(cells.formulas(), indexed, wb.getNumberOfSheets());
    }

    /**
     * A workbook of the data sheets alone, written by the same code as in {@link #write}
     * (same cells, styles and Excel Tables); for benchmarks that time the data sheet by itself.
     */
    public static void writeData(Map<String, LongTable> tables, OutputStream out) throws IOException {
        XlsxWorkbook wb = new XlsxWorkbook(WINDOW);
        DataSheet.write(wb, new Cells(wb), tables);
        wb.write(out, Instant.now(), "census");
    }

    /** The sheet that holds a data table: {@code Data} for {@code Models}, else {@code Data-<table>}. */
    public static String dataSheetName(String table) {
        return DataSheet.sheetName(table);
    }

    private static void mappings(XlsxWorkbook wb, Cells cells, Mappings mappings) {
        XlsxSheet sheet = wb.createSheet(MAPPINGS);
        cells.label(sheet.row(0), 0, "적용된 매핑 행 (mapping rows in effect for " + mappings.edition().id()
                + "; file and line as in the mappings directory)", cells.title);
        int r = 2;
        Map<String, List<Mappings.AppliedRow>> byFile = new LinkedHashMap<>();
        for (Mappings.AppliedRow row : mappings.appliedRows()) {
            byFile.computeIfAbsent(row.file(), k -> new java.util.ArrayList<>()).add(row);
        }
        for (var e : byFile.entrySet()) {
            List<String> keys = List.copyOf(e.getValue().get(0).values().keySet());
            Row header = sheet.row(r++);
            cells.label(header, 0, "file", cells.header);
            cells.label(header, 1, "line", cells.header);
            for (int i = 0; i < keys.size(); i++) {
                cells.label(header, 2 + i, keys.get(i), cells.header);
            }
            for (Mappings.AppliedRow row : e.getValue()) {
                Row x = sheet.row(r++);
                cells.value(x, 0, row.file());
                cells.value(x, 1, row.line());
                for (int i = 0; i < keys.size(); i++) {
                    cells.value(x, 2 + i, row.values().get(keys.get(i)));
                }
            }
            r++;
        }
        cells.print(sheet);
        sheet.setColumnWidth(0, 18 * 256);
        for (int i = 2; i < 8; i++) {
            sheet.setColumnWidth(i, 28 * 256);
        }
    }

    private static void corrections(XlsxWorkbook wb, Cells cells, List<Corrected> corrections) {
        XlsxSheet sheet = wb.createSheet(CORRECTIONS);
        cells.label(sheet.row(0), 0, "적용된 보정 (corrections applied to the data before normalization)",
                cells.title);
        List<String> header = List.of("file", "line", "action", "model", "field", "old value", "new value", "reason");
        Row h = sheet.row(2);
        for (int i = 0; i < header.size(); i++) {
            cells.label(h, i, header.get(i), cells.header);
        }
        int r = 3;
        for (Corrected c : corrections) {
            for (Applied a : c.applied()) {
                Row x = sheet.row(r++);
                Object[] values = {a.file(), a.line(), a.action().id(), a.model(), a.field(), a.oldValue(),
                    a.newValue(), a.reason()};
                for (int i = 0; i < values.length; i++) {
                    cells.value(x, i, values[i]);
                }
            }
        }
        if (corrections.isEmpty()) {
            cells.label(sheet.row(r), 0, "없음 (none: the data is Epoch's snapshot as published)", null);
        }
        cells.print(sheet);
        int[] widths = {30, 6, 10, 28, 16, 24, 24, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** The {@code Index} sheet: every computed cell with its address and the printed figure, if any. */
    private static int index(XlsxWorkbook wb, Cells cells, Layout layout, Report report, Check check) {
        XlsxSheet sheet = wb.createSheet(INDEX);
        Row h = sheet.row(0);
        for (int i = 0; i < INDEX_HEADER.size(); i++) {
            cells.label(h, i, INDEX_HEADER.get(i), cells.header);
        }
        Map<CellKey, String> printed = new HashMap<>();
        for (Check.CellResult c : check.cells()) {
            PrintedFigure f = c.printed();
            printed.put(f.key(), f.published());
        }
        int r = 1;
        for (ReportTable t : report.tables()) {
            for (CellKey k : t.cells().keySet()) {
                Row x = sheet.row(r++);
                cells.label(x, 0, k.table(), null);
                cells.label(x, 1, k.row(), null);
                cells.label(x, 2, k.column(), null);
                cells.label(x, 3, layout.address(k), null);
                ChecksSheet.printed(cells, x, 4, printed.get(k));
            }
        }
        sheet.freeze(0, 1);
        cells.print(sheet);
        sheet.autoFilter(0, Math.max(1, r - 1), 0, INDEX_HEADER.size() - 1);
        int[] widths = {10, 40, 20, 16, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return r - 1;
    }

    /** The provenance line used in the About sheet. */
    static String source(Provenance p) {
        return p.sample() ? "SAMPLE (bundled sample written from the report texts; not Epoch AI's data)" : p.source();
    }
}
