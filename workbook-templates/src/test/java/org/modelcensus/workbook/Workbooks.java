package org.modelcensus.workbook;

import org.modelcensus.functions.run.Run;
import org.modelcensus.functions.run.Recipe;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.modelcensus.functions.OddSnapshots;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.ExcelError;
import org.modelcensus.functions.report.ComputedCell;

/** The datasets the parity tests run on, and reading a workbook's cells back as engine values. */
final class Workbooks {
    /** A dataset and edition to build a workbook from. */
    record Case(String name, Edition edition) {
        Snapshot snapshot() {
            return switch (name) {
                case "sample" -> SampleData.snapshot();
                case "synthetic" -> EpochCsv.parse("synthetic-" + SYNTHETIC_MODELS, SyntheticSnapshot.generate(SYNTHETIC_MODELS, 7));
                case OddSnapshots.HEADER_ONLY, OddSnapshots.OUTSIDE_YEARS, OddSnapshots.LONG_LABELS -> OddSnapshots.snapshot(name);
                default -> EpochCsv.read(RealSnapshots.path(name));
            };
        }

        TemplateWorkbook.Input input() {
            var in = TemplateWorkbook.Input.of(Run.of(snapshot(), Recipe.of(edition)), "census test");
            return new TemplateWorkbook.Input(in.report(), in.check(), List.of(), in.tool(), Instant.EPOCH);
        }

        String fileName() {
            return name.replace(".csv", "") + "-" + edition.id() + ".xlsx";
        }

        @Override
        public String toString() {
            return name + " " + edition.id();
        }
    }

    static final int SYNTHETIC_MODELS = 2000;
    private static final org.apache.poi.ss.usermodel.DataFormatter FORMATTER =
            new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
    private static final int EXCEL_DIGITS = 15;

    private Workbooks() {
    }

    /**
     * Every dataset for every built-in edition: the sample, a synthetic snapshot with hostile text, the
     * three real large-scale snapshots and the odd ones (no rows, no models in range, labels too long
     * for a criterion).
     */
    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("sample", "synthetic", RealSnapshots.JULY_2024,
                RealSnapshots.MAY_2025, RealSnapshots.FEB_2026));
        names.addAll(OddSnapshots.names());
        for (String name : names) {
            for (Edition e : Edition.builtIns()) {
                out.add(new Case(name, e));
            }
        }
        return out;
    }

    static TemplateWorkbook.Summary write(TemplateWorkbook.Input in, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return TemplateWorkbook.write(in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of the Index sheet. */
    record Indexed(CellKey key, String address, String published) {
    }

    static List<Indexed> index(Workbook wb) {
        Sheet sheet = wb.getSheet(TemplateWorkbook.INDEX);
        List<Indexed> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() == 0) {
                continue;
            }
            out.add(new Indexed(new CellKey(text(r, 0), text(r, 1), text(r, 2)), text(r, 3), text(r, 4)));
        }
        return out;
    }

    private static String text(Row r, int column) {
        Cell c = r.getCell(column);
        // Numbers (years, printed figures) read as shown, which is how they were printed.
        return c == null ? "" : FORMATTER.formatCellValue(c);
    }

    static Cell cell(Workbook wb, String address) {
        CellReference ref = new CellReference(address);
        Row row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    /** An evaluated value in the engine's terms: Double, String or ExcelError. */
    static Object value(CellValue v) {
        return switch (v.getCellType()) {
            case NUMERIC -> v.getNumberValue();
            case STRING -> v.getStringValue();
            case ERROR -> error(v.getErrorValue());
            case BOOLEAN -> v.getBooleanValue();
            default -> null;
        };
    }

    /** A formula cell's cached value in the engine's terms. */
    static Object cached(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case ERROR -> error(c.getErrorCellValue());
            case BOOLEAN -> c.getBooleanCellValue();
            default -> "";
        };
    }

    private static Object error(byte code) {
        String text = FormulaError.forInt(code).getString();
        for (ExcelError e : ExcelError.values()) {
            if (e.text().equals(text)) {
                return e;
            }
        }
        return text;
    }

    /**
     * Whether a spreadsheet's value is the engine's: text and errors equal, numbers equal to Excel's
     * precision of 15 significant digits. POI computes arithmetic in BigDecimal and rounds to 15
     * digits, Java in double, so the two may land on either side of a 15th-digit rounding boundary
     * (Java 81.54761904761905, POI 81.547619047619): they agree when they lie within one unit of the
     * 15th significant digit.
     */
    static boolean same(Object engine, Object sheet) {
        if (engine instanceof Double a && sheet instanceof Double b) {
            if (a.doubleValue() == b.doubleValue()) {
                return true;
            }
            double magnitude = Math.max(Math.abs(a), Math.abs(b));
            return Double.isFinite(magnitude)
                    && Math.abs(a - b) <= Math.pow(10, Math.floor(Math.log10(magnitude)) - EXCEL_DIGITS + 1);
        }
        return String.valueOf(engine).equals(String.valueOf(sheet));
    }

    static String describe(Object v) {
        return v instanceof Double d ? ComputedCell.format(d) + " (" + d + ")" : v instanceof String s ? "\"" + s + "\""
                : String.valueOf(v);
    }
}
