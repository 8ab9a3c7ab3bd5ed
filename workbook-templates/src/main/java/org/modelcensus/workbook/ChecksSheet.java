package org.modelcensus.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellReference;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.Expression;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.workbook.XlsxSheet.Row;
import org.modelcensus.workbook.XlsxStyles.Style;

/**
 * The {@code Checks} sheet: per table, the printed cells the formulas reproduce (formulas over the
 * detail below); then one row per printed cell: the figure as printed, the table cell's value
 * (a reference to it), the difference and a status, which compares at the printed precision as
 * {@code ./census check} does; then the explanation — {@code 일치 (equal)} from that same status
 * formula, otherwise explained / unexplained as the Java check with the edition's ledger found when
 * the workbook was generated — and the causes (text from the same Java check). Below, apart from those
 * rows and totals: the numbers of the report text (본문 수치) with their sentences and backing, the
 * out-of-scope numbers with why, and the one world the explanations are counted in.
 */
final class ChecksSheet {
    static final String NAME = "Checks";
    static final String MATCH = "일치 (match)";
    static final String DIFFERS = "차이 (differs)";
    static final String MISSING = "없음 (not computed)";
    static final String EQUAL = Check.Status.EQUAL.label();
    static final String EXPLAINED = Check.Status.EXPLAINED.label();
    static final String UNEXPLAINED = Check.Status.UNEXPLAINED.label();
    /** The longest cause text written in one cell (Excel holds 32,767 characters; a reader wants far fewer). */
    static final int MAX_CAUSE = 2000;
    /** The cause column's width in characters. */
    private static final int CAUSE_WIDTH = 80;
    /** Characters of cause text per printed line in that width (measured on a LibreOffice page: about 100). */
    private static final int CAUSE_CHARS_PER_LINE = 95;
    /** The title of the section of the numbers of the report text. */
    /** Said in place of the detail rows when the edition has no printed figures yet. */
    static final String NOT_PRINTED = "이 판은 아직 인쇄되지 않았습니다: 대조할 인쇄값이 없습니다. 계산된 셀은 아래와 표 시트, Index에 "
            + "있습니다 (this edition is not printed yet: there are no printed figures to compare; its computed cells "
            + "are listed below, on the table sheets and in Index).";
    static final String COMPUTED_TITLE = "계산된 셀 (computed cells; nothing is printed yet)";
    static final String PROSE_TITLE = "본문 수치 (Numbers of the report text)";
    /** The title of the one-world block. */
    static final String WORLD_TITLE = "하나의 세계 (one world): 상태를 세는 시나리오 (the scenario the statuses are counted in)";
    private static final String[] PROSE_HEADER = {"번호 (id)", "문장 (sentence)", "인쇄값 (printed)", "계산값 (computed)",
        "세계 값 (world value)", "설명 (explanation)", "뒷받침 식·원인 (backing, causes)"};
    private static final int[] PROSE_COLUMNS = {0, 1, 4, 5, 6, 7, 9};
    /** Characters of a sentence per line in the merged columns B:D (64 characters wide). */
    private static final int SENTENCE_WIDTH = 60;
    /** Characters per line across the merged columns B:J of the one-world block. */
    private static final int WORLD_CHARS_PER_LINE = 200;
    private static final List<String> DETAIL_HEADER = List.of("표 (table)", "행 (row)", "열 (column)", "셀 (cell)",
            "인쇄값 (printed)", "수식 값 (formula value)", "차이 (difference)", "상태 (status)",
            "설명 (explanation)", "원인 (cause)");

    private ChecksSheet() {
    }

    static void write(XlsxWorkbook wb, Cells cells, Layout layout, Report report, Check check) {
        XlsxSheet sheet = wb.createSheet(NAME);
        cells.label(sheet.row(0), 0, "보고서 인쇄값 대조 (printed figures against the formulas), " + check.edition(),
                cells.title);
        cells.label(sheet.row(1), 0, "상태는 인쇄된 자릿수에서 비교합니다 (compared at the printed precision: 86.2 "
                + "to one decimal, 3.80E+25 to three significant digits).", null);
        cells.label(sheet.row(2), 0, "설명·원인 열: 일치는 상태 수식에서, 설명됨/미설명과 원인은 생성 시 Java 검사에서 "
                + "(the explanation column says equal from the status formula; explained / unexplained and the cause "
                + "text come from the Java check when the workbook was generated, with the ledger "
                + (check.ledger().isEmpty() ? "(none)" : check.ledger()) + ").", null);
        List<Check.TableScore> scores = check.tables();
        int totalsHeader = 3;
        int firstDetail = totalsHeader + scores.size() + 4;
        // An edition not yet printed has no detail rows: the ranges then cover one empty row, not the header.
        // The numbers of the report text (table 본문) have their own section below the table cells.
        List<Check.CellResult> detailCells = check.tableCells();
        int lastDetail = firstDetail + Math.max(detailCells.size(), 1) - 1;
        String tables = column(0, firstDetail, lastDetail);
        String statuses = column(7, firstDetail, lastDetail);
        String explanations = column(8, firstDetail, lastDetail);

        Row th = sheet.row(totalsHeader);
        List<String> totalsHeaderLabels = List.of("표 (table)", "일치 (matched)", "인쇄 셀 (printed)", "일치율 (share, %)",
                "설명됨 (explained)", "미설명 (unexplained)");
        for (int i = 0; i < totalsHeaderLabels.size(); i++) {
            cells.label(th, i, totalsHeaderLabels.get(i), cells.header);
        }
        for (int i = 0; i <= scores.size(); i++) {
            Row r = sheet.row(totalsHeader + 1 + i);
            boolean all = i == scores.size();
            int equal = all ? check.equal() : scores.get(i).equal();
            int printed = all ? check.printed() : scores.get(i).printed();
            int excelRow = totalsHeader + 2 + i;
            if (all) {
                cells.label(r, 0, "전체 (all)", cells.bold);
                cells.formula(r, 1, "COUNTIF(" + statuses + "," + FormulaRenderer.literal("=" + MATCH) + ")", (double) equal,
                        cells.count);
                cells.formula(r, 2, "COUNTA(" + tables + ")", (double) printed, cells.count);
            } else {
                String criterion = FormulaRenderer.literal("=" + FormulaRenderer.escapeWildcards(scores.get(i).table()));
                cells.label(r, 0, scores.get(i).table(), cells.bold);
                cells.formula(r, 1, "COUNTIFS(" + tables + "," + criterion + "," + statuses + ","
                        + FormulaRenderer.literal("=" + MATCH) + ")", (double) equal, cells.count);
                cells.formula(r, 2, "COUNTIF(" + tables + "," + criterion + ")", (double) printed, cells.count);
            }
            var totals = all ? check.tablesTotals() : check.tableTotals().get(scores.get(i).table());
            String which = all ? "" : FormulaRenderer.literal("=" + FormulaRenderer.escapeWildcards(scores.get(i).table()));
            for (int k = 0; k < 2; k++) {
                String wanted = FormulaRenderer.literal("=" + (k == 0 ? EXPLAINED : UNEXPLAINED));
                cells.formula(r, 4 + k, all ? "COUNTIF(" + explanations + "," + wanted + ")"
                        : "COUNTIFS(" + tables + "," + which + "," + explanations + "," + wanted + ")",
                        (double) (k == 0 ? totals.explained() : totals.unexplained()), cells.count);
            }
            Object share = printed == 0 ? "" : 100.0 * equal / printed;
            cells.formula(r, 3, "IF(C" + excelRow + "=0,\"\",B" + excelRow + "/C" + excelRow + "*100)", share,
                    cells.decimal);
        }

        Row dh = sheet.row(firstDetail - 1);
        for (int i = 0; i < DETAIL_HEADER.size(); i++) {
            cells.label(dh, i, DETAIL_HEADER.get(i), cells.header);
        }
        int rowIndex = firstDetail;
        for (Check.CellResult c : detailCells) {
            detail(sheet, cells, layout, report, sheet.row(rowIndex++), c);
        }
        statusColours(sheet, firstDetail, lastDetail);
        boolean unprinted = report.edition().publishedFigures().isEmpty();
        if (unprinted) {
            // Column B, not A: the totals count column A, which must stay empty.
            cells.label(sheet.row(firstDetail), 1, NOT_PRINTED, cells.bold);
        }
        int next = prose(cells, layout, sheet, check, lastDetail + 3);
        next = outOfScope(cells, sheet, report, next + 1);
        next = world(cells, sheet, check, next + 1);
        if (unprinted) {
            computedCells(cells, layout, report, sheet, next + 1);
        }
        sheet.autoFilter(firstDetail - 1, Math.max(firstDetail, lastDetail), 0, DETAIL_HEADER.size() - 1);
        sheet.repeatRows(firstDetail - 1, firstDetail - 1);
        sheet.freeze(0, firstDetail);
        cells.print(sheet);
        sheet.printArea(DETAIL_HEADER.size() - 1);
        int[] widths = {10, 34, 14, 16, 16, 18, 16, 18, 20, CAUSE_WIDTH};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static void detail(XlsxSheet sheet, Cells cells, Layout layout, Report report, Row r, Check.CellResult c) {
        CellKey key = c.printed().key();
        String printed = c.printed().published().strip();
        int n = r.rowNum() + 1;
        cells.label(r, 0, key.table(), null);
        cells.label(r, 1, key.row(), null);
        cells.label(r, 2, key.column(), null);
        BigDecimal number = number(printed);
        printed(cells, r, 4, printed);
        if (c.computed() == null && report.definition(key) == null) {
            cells.label(r, 7, MISSING, null);
            explanation(cells, r, c, true);
            return;
        }
        explanation(cells, r, c, false);
        String address = layout.address(key);
        cells.label(r, 3, address, null);
        sheet.link(r.rowNum(), 3, address);
        String status = status(c.equal());
        Style asPrinted = number == null ? cells.centered : cells.numberFormat(numberFormat(printed, number));
        cells.formula(r, 5, address, c.computed(), asPrinted);
        if (number != null) {
            Object difference = c.computed() instanceof Double d ? d - number.doubleValue() : "";
            cells.formula(r, 6, "IF(ISNUMBER(F" + n + "),F" + n + "-E" + n + ",\"\")", difference, asPrinted);
            int digits = roundingDigits(printed, number);
            // Both sides rounded: a printed 3.80E+25 read as a double need not equal ROUND's result bit for bit.
            cells.formula(r, 7, "IF(ISNUMBER(F" + n + "),IF(ROUND(F" + n + "," + digits + ")=ROUND(E" + n + "," + digits
                    + ")," + quoted(MATCH) + "," + quoted(DIFFERS) + ")," + quoted(DIFFERS) + ")",
                    status, null);
        } else {
            cells.formula(r, 7, "IF(ISERROR(F" + n + ")," + quoted(DIFFERS) + ",IF(EXACT(TRIM(F" + n + "&\"\"),TRIM(E" + n
                    + "&\"\"))," + quoted(MATCH) + "," + quoted(DIFFERS) + "))", status, null);
        }
    }

    /**
     * The section of the numbers of the report text, from row {@code first} (0-based): id, sentence (B:D),
     * printed, computed (a formula over the table cells when the backing expression is arithmetic of
     * cells, else the Java value), the value in the one world, status from the Java check and, in J, the
     * backing expression with the causes. Returns the row after the section.
     */
    private static int prose(Cells cells, Layout layout, XlsxSheet sheet, Check check, int first) {
        List<Check.CellResult> prose = check.cells(c -> c.printed().backing() != null);
        cells.label(sheet.row(first), 0, PROSE_TITLE, cells.title);
        cells.label(sheet.row(first + 1), 0, "보고서 본문의 문장에 인쇄된 수치 " + prose.size() + "개: 각 수치를 "
                + "뒷받침하는 표 셀의 식(J열)으로 계산합니다. 계산값은 그 식의 수식이고, 설명은 생성 시 Java 검사에서 "
                + "(" + prose.size() + " numbers printed in the sentences of the report text, each computed by the "
                + "expression over table cells in column J; the explanation comes from the Java check).", null);
        Row h = sheet.row(first + 2);
        for (int i = 0; i < PROSE_HEADER.length; i++) {
            cells.label(h, PROSE_COLUMNS[i], PROSE_HEADER[i], cells.header);
        }
        merge(sheet, first + 2, 1, 3);
        int rowIndex = first + 3;
        for (Check.CellResult c : prose) {
            Row r = sheet.row(rowIndex);
            String printed = c.printed().published().strip();
            cells.label(r, 0, c.printed().key().row(), null);
            cells.label(r, 1, c.printed().sentence(), cells.wrapped);
            merge(sheet, rowIndex, 1, 3);
            printed(cells, r, 4, printed);
            BigDecimal number = number(printed);
            Style asPrinted = number == null ? cells.centered : cells.numberFormat(numberFormat(printed, number));
            String formula = c.computed() == null ? null : excelFormula(c.printed().backing(), layout);
            if (formula != null) {
                cells.formula(r, 5, formula, c.computed(), asPrinted);
            } else if (c.computed() instanceof Double d) {
                r.createCell(5).setCellValue(d).setCellStyle(asPrinted);
            }
            // The value with the scenario applied, which the status is counted on (Java: no sheet holds that world).
            if (c.worldValue() instanceof Double d) {
                r.createCell(6).setCellValue(d).setCellStyle(asPrinted);
            }
            cells.label(r, 7, c.status().label(), null);
            String causes = causeText(c);
            String backing = "= " + c.printed().backing().text() + (causes.isEmpty() ? "" : " — " + causes);
            String shown = backing.length() > MAX_CAUSE ? backing.substring(0, MAX_CAUSE - 1) + "…" : backing;
            cells.label(r, 9, shown, cells.wrapped);
            r.setHeightInPoints(AboutSheet.LINE_POINTS * Math.max(AboutSheet.lines(c.printed().sentence(), SENTENCE_WIDTH),
                    AboutSheet.lines(shown, CAUSE_CHARS_PER_LINE)));
            rowIndex++;
        }
        if (!prose.isEmpty()) {
            explanationColours(sheet, first + 3, rowIndex - 1, 7);
        }
        return rowIndex;
    }

    /** The numbers of the report text that no data can back (page counts, "상위 5개"), with why; returns the next row. */
    private static int outOfScope(Cells cells, XlsxSheet sheet, Report report, int first) {
        List<PrintedFigure> out = PublishedFigures.builtIn().outOfScope(report.edition());
        cells.label(sheet.row(first), 0, "범위 밖 본문 수치 " + out.size() + "개 (numbers of the text no data can "
                + "back: not checked)", cells.bold);
        Row h = sheet.row(first + 1);
        cells.label(h, 0, "번호 (id)", cells.header);
        cells.label(h, 1, "문장 (sentence)", cells.header);
        cells.label(h, 4, "인쇄값 (printed)", cells.header);
        cells.label(h, 9, "이유 (why)", cells.header);
        merge(sheet, first + 1, 1, 3);
        int rowIndex = first + 2;
        for (PrintedFigure f : out) {
            Row r = sheet.row(rowIndex);
            cells.label(r, 0, f.key().row(), null);
            cells.label(r, 1, f.sentence(), cells.wrapped);
            merge(sheet, rowIndex, 1, 3);
            printed(cells, r, 4, f.published());
            cells.label(r, 9, f.note(), cells.wrapped);
            r.setHeightInPoints(AboutSheet.LINE_POINTS * Math.max(AboutSheet.lines(f.sentence(), SENTENCE_WIDTH),
                    AboutSheet.lines(f.note() == null ? "" : f.note(), CAUSE_CHARS_PER_LINE)));
            rowIndex++;
        }
        return rowIndex;
    }

    /**
     * The one world the statuses are counted in: the scenario (hypothesis files applied together), the cells it
     * breaks and the alternatives (hypotheses outside it, with what they fix and break; never counted).
     */
    /**
     * For an edition not printed yet: every computed cell with its address and its value as a formula
     * referring to the table sheet, so that the draft can still be read and audited from here.
     */
    private static void computedCells(Cells cells, Layout layout, Report report, XlsxSheet sheet,
            int first) {
        cells.label(sheet.row(first), 0, COMPUTED_TITLE, cells.bold);
        Row h = sheet.row(first + 1);
        for (int i = 0; i < 4; i++) {
            cells.label(h, i, DETAIL_HEADER.get(i), cells.header);
        }
        cells.label(h, 5, DETAIL_HEADER.get(5), cells.header);
        int rowIndex = first + 2;
        for (ReportTable t : report.tables()) {
            for (CellKey key : t.cells().keySet()) {
                Row r = sheet.row(rowIndex++);
                cells.label(r, 0, key.table(), null);
                cells.label(r, 1, key.row(), null);
                cells.label(r, 2, key.column(), null);
                String address = layout.address(key);
                cells.label(r, 3, address, null);
                sheet.link(r.rowNum(), 3, address);
                cells.formula(r, 5, address, report.value(key), cells.centered);
            }
        }
    }

    /** The one-world block from row {@code first}; returns the row after it. */
    private static int world(Cells cells, XlsxSheet sheet, Check check, int first) {
        Check.World w = check.world();
        cells.label(sheet.row(first), 0, WORLD_TITLE, cells.bold);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"시나리오 (scenario)", w.scenario().isEmpty() ? "없음 (none: the data as downloaded)"
                : String.join(" → ", w.scenario()) + (w.scenarioNotes().isEmpty() ? "" : " — " + String.join("; ", w.scenarioNotes()))});
        rows.add(new String[] {"깨는 셀 (broken)", w.broken().isEmpty() ? "없음 (none)"
                : w.broken().size() + "개: " + keys(w.broken())});
        for (Check.Alternative a : w.alternatives()) {
            rows.add(new String[] {"대안 (alternative)", a.hypothesis() + " — 고침 (fixes) " + a.fixes().size() + "개: "
                    + keys(a.fixes()) + "; 깨짐 (breaks) " + a.breaks().size() + "개: " + keys(a.breaks())
                    + (a.note() == null || a.note().isBlank() ? "" : " — " + a.note())});
        }
        rows.add(new String[] {"효과 없는 원인 (without effect)", w.withoutEffect().size() + "개"});
        int rowIndex = first + 1;
        for (String[] row : rows) {
            Row r = sheet.row(rowIndex);
            cells.label(r, 0, row[0], cells.bold);
            String text = row[1].length() > MAX_CAUSE ? row[1].substring(0, MAX_CAUSE - 1) + "…" : row[1];
            cells.label(r, 1, text, cells.wrapped);
            merge(sheet, rowIndex, 1, 9);
            r.setHeightInPoints(AboutSheet.LINE_POINTS * AboutSheet.lines(text, WORLD_CHARS_PER_LINE));
            rowIndex++;
        }
        return rowIndex;
    }

    private static String keys(List<CellKey> keys) {
        return keys.stream().map(k -> k.table() + " " + k.row() + " / " + k.column()).collect(Collectors.joining("; "));
    }

    /**
     * The backing expression as an Excel formula over the table sheets' cells ({@code computed(F1,모델 수,2024)}
     * → {@code 'F1'!F5}), or null when it reads a printed figure, compares, or names a cell no sheet holds.
     */
    static String excelFormula(Expression backing, Layout layout) {
        String text = backing.text();
        // First the text between the cells (numbers, + - * / and parentheses only), then the addresses.
        List<String> between = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        String prefix = Expression.Source.COMPUTED.id() + "(";
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(prefix, i)) {
                between.add(piece.toString());
                piece.setLength(0);
                // Skip to the ')' closing the cell; rows may hold parentheses, as Expression's parser allows.
                int level = 0;
                i += prefix.length();
                while (i < text.length() && !(text.charAt(i) == ')' && level == 0)) {
                    level += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
                i++;
                continue;
            }
            char ch = text.charAt(i);
            if ("0123456789.+-*/() ".indexOf(ch) < 0) {
                return null;
            }
            piece.append(ch);
            i++;
        }
        List<Expression.CellRef> refs = backing.cells();
        if (refs.isEmpty() || between.size() != refs.size()
                || refs.stream().anyMatch(r -> r.source() != Expression.Source.COMPUTED)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < refs.size(); k++) {
            out.append(between.get(k));
            try {
                out.append(layout.address(refs.get(k).key()));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return out.append(piece).toString().strip();
    }

    /**
     * The explanation (column I) and cause (column J) of one printed cell: equal when the status
     * formula of column H says so, else the Java check's explained / unexplained; the causes as text.
     */
    private static void explanation(Cells cells, Row r, Check.CellResult c, boolean missing) {
        String java = c.status().label();
        if (missing || c.broken()) {
            // A cell the scenario breaks is equal here but not in the one world the check counts in.
            cells.label(r, 8, java, null);
        } else {
            String differs = c.status() == Check.Status.EQUAL ? UNEXPLAINED : java;
            cells.formula(r, 8, "IF(H" + (r.rowNum() + 1) + "=" + quoted(MATCH) + "," + quoted(EQUAL) + ","
                    + quoted(differs) + ")", java, null);
        }
        String t = causeText(c);
        if (!t.isEmpty()) {
            String shown = t.length() > MAX_CAUSE ? t.substring(0, MAX_CAUSE - 1) + "…" : t;
            cells.label(r, 9, shown, cells.wrapped);
            // Streamed rows are not fitted to wrapped text by LibreOffice: the height is set here.
            r.setHeightInPoints(AboutSheet.LINE_POINTS * AboutSheet.lines(shown, CAUSE_CHARS_PER_LINE));
        }
    }

    /**
     * Kind, strength, role, models, Korean evidence and ledger line per cause, then each distinct verification
     * note once (empty when there is neither).
     */
    private static String causeText(Check.CellResult c) {
        List<String> causes = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        if (!c.note().isEmpty()) {
            notes.add(c.note());
        }
        for (Check.CauseResult cr : c.causes()) {
            var cause = cr.cause();
            causes.add(cause.kind().id() + " (" + cause.strength().id() + ", " + cr.role().id() + ")"
                    + (cause.models().isEmpty() ? "" : " " + String.join(", ", cause.models()))
                    + (cause.evidenceKo().isBlank() ? "" : ": " + cause.evidenceKo())
                    + " [" + cause.source() + ":" + cause.line() + "]");
            if (cr.note() != null && !cr.note().isBlank()) {
                notes.add(cr.note());
            }
        }
        if (causes.isEmpty() && notes.isEmpty()) {
            return "";
        }
        return (String.join("; ", causes) + (notes.isEmpty() ? "" : " — " + String.join("; ", notes)))
                .replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /**
     * A printed figure: a number stored as a number in a format that shows it as printed (VALUE() on
     * text depends on the locale), other text as text.
     */
    static void printed(Cells cells, Row r, int column, String printed) {
        if (printed == null) {
            return;
        }
        BigDecimal number = number(printed.strip());
        if (number == null) {
            cells.label(r, column, printed, cells.centered);
            return;
        }
        r.createCell(column).setCellValue(number.doubleValue())
                .setCellStyle(cells.numberFormat(numberFormat(printed.strip(), number)));
    }

    private static String status(boolean equal) {
        return equal ? MATCH : DIFFERS;
    }

    private static String quoted(String s) {
        return FormulaRenderer.literal(s);
    }

    private static BigDecimal number(String printed) {
        try {
            return new BigDecimal(printed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The ROUND digits that compare a value at the printed precision: decimals shown
     * ({@code 86.2} → 1), or for scientific notation the significant digits ({@code 3.80E+25} → -23).
     */
    static int roundingDigits(String printed, BigDecimal number) {
        int e = printed.toUpperCase(java.util.Locale.ROOT).indexOf('E');
        if (e < 0) {
            return Math.max(0, number.scale());
        }
        String mantissa = printed.substring(0, e).replace("-", "").replace("+", "").replace(".", "")
                .replaceFirst("^0+", "");
        int exponent = number.precision() - number.scale() - 1;
        return mantissa.length() - 1 - exponent;
    }

    /** The Excel number format that shows a value as the figure was printed: {@code 0.0}, {@code 0.00E+00}. */
    static String numberFormat(String printed, BigDecimal number) {
        int e = printed.toUpperCase(java.util.Locale.ROOT).indexOf('E');
        if (e >= 0) {
            int decimals = Math.max(0, number.precision() - 1);
            return decimals == 0 ? "0E+00" : "0." + "0".repeat(decimals) + "E+00";
        }
        int decimals = Math.max(0, number.scale());
        return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }

    private static String column(int column, int firstRow, int lastRow) {
        return new CellReference(firstRow, column, true, true).formatAsString() + ":"
                + new CellReference(lastRow, column, true, true).formatAsString();
    }

    private static void statusColours(XlsxSheet sheet, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        sheet.fillWhenEqual(firstRow, lastRow, 7, List.of(quoted(MATCH), quoted(DIFFERS), quoted(MISSING)),
                List.of(colour(IndexedColors.LIGHT_GREEN), colour(IndexedColors.ROSE), colour(IndexedColors.GREY_25_PERCENT)));
        explanationColours(sheet, firstRow, lastRow, 8);
    }

    /** Green, yellow and rose for equal, explained and unexplained in one column. */
    private static void explanationColours(XlsxSheet sheet, int firstRow, int lastRow, int column) {
        sheet.fillWhenEqual(firstRow, lastRow, column, List.of(quoted(EQUAL), quoted(EXPLAINED), quoted(UNEXPLAINED)),
                List.of(colour(IndexedColors.LIGHT_GREEN), colour(IndexedColors.LIGHT_YELLOW), colour(IndexedColors.ROSE)));
    }

    private static int colour(IndexedColors c) {
        return c.getIndex();
    }

    /**
     * Merges columns {@code from}..{@code to} of one row. Each row of this sheet has at most one merged range, so
     * none can overlap and POI's check (which re-reads every range merged so far, per range) is skipped.
     */
    private static void merge(XlsxSheet sheet, int row, int from, int to) {
        sheet.merge(row, row, from, to);
    }
}
