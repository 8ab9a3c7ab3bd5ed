package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

/**
 * Every figure and cell address the auditing guide quotes, in English and in Korean, against the real
 * workbooks it describes: spri-2025 (and with its known edits) on the 2025-05-20 snapshot, spri-2024 on the
 * 2024-07-16 one, written by the workbook command. Formulas are compared with the cells that hold them,
 * lookups and a changed input are evaluated by POI, and the quoted command outputs must be the commands' own.
 */
class AuditingGuideTest {
    private static final Pattern INLINE_FORMULA = Pattern.compile("`(=[^`]+)`");
    private static final Pattern ADDRESS = Pattern.compile("`'([^']+)'!([A-Z]+[0-9]+)`");
    private static final Pattern TRAILING_ADDRESS = Pattern.compile("^'([^']+)'!([A-Z]+[0-9]+)$");
    private static final Pattern CHECKS_NOTE = Pattern.compile("^(\\S+) .+: (\\S+) vs (\\S+)$");
    private static final Pattern INDEX_ROW = Pattern.compile("^\\| (\\S+) \\| (.+?) \\| (.+?) \\| '([^']+)'!([A-Z]+\\d+) \\| (.*?) \\|$");
    private static final Pattern MODEL_ROW = Pattern.compile(
            "^\\| (\\d+) \\| (\\d{4}) \\| (\\S+) \\| ([01]) \\| (.+?) \\| (\\d{4}-\\d{2}-\\d{2}) \\|$");
    private static final Pattern SHEET_ROW = Pattern.compile("`([a-z_]+\\.csv|corrections/[^`|]+\\.csv) \\| ([^`]+)`");
    private static final Pattern SCORE = Pattern.compile("(\\d{3}) / (\\d{3})");
    private static final Pattern WROTE = Pattern.compile("wrote (\\S+\\.xlsx): (.+)");
    private static final Pattern TABLE_SPAN = Pattern.compile("`Countries`[^`]{0,30}`(A1:[A-Z]+\\d+)`");
    private static final Pattern INPUT_EFFECT = Pattern.compile("`L8`[^0-9`]{0,30}(\\d+)[^0-9`]{1,15}(\\d+)");
    /** "indexes 495 cells, the spri-2024 one 394" or "spri-2025 통합문서는 495개, spri-2024 통합문서는 394개". */
    private static final Pattern INDEXED = Pattern.compile(
            "(?:indexes (\\d+)\\s+cells, the spri-2024 one (\\d+))|(?:spri-2025 통합문서는 (\\d+)개, spri-2024 통합문서는 (\\d+)개)");
    private static final Pattern CAGR_TITLE = Pattern.compile("\\(CAGR (\\d+\\.\\d)%\\)");

    @TempDir
    static Path work;

    /** "wrote NAME.xlsx: …" and the other lines each workbook command printed, by the file name the guide uses. */
    private static final Map<String, List<String>> OUTPUTS = new HashMap<>();
    private static XSSFWorkbook wb2025;
    private static XSSFWorkbook wb2024;

    @BeforeAll
    static void writeTheWorkbooks() throws IOException {
        String may2025 = RealSnapshots.path(RealSnapshots.MAY_2025).toString();
        wb2025 = workbook("spri-2025.xlsx", "--data", may2025, "--report", "spri-2025");
        wb2024 = workbook("spri-2024.xlsx", "--data", RealSnapshots.path(RealSnapshots.JULY_2024).toString(),
                "--report", "spri-2024");
        workbook("spri-2025-corrected.xlsx", "--data", may2025, "--report", "spri-2025", "--corrections",
                Fixtures.repoFile("corrections/spri-2025-known-edits.csv").toString()).close();
    }

    private static XSSFWorkbook workbook(String name, String... args) throws IOException {
        Path out = work.resolve(name);
        List<String> all = new ArrayList<>(List.of("workbook"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        // The workbook command writes its report on standard error (standard output stays free for data).
        OUTPUTS.put(name, (r.out() + r.err()).lines().map(l -> l.replace(out.toString(), name)).toList());
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/auditing-guide.md", "docs/ko/auditing-guide.md"})
    void everyQuotedCommandOutputIsTheCommands(String guide) throws IOException {
        String text = read(guide);
        List<String> wrote = new ArrayList<>();
        Matcher m = WROTE.matcher(text);
        while (m.find()) {
            wrote.add(m.group(0).strip());
        }
        assertTrue(wrote.size() >= 3, guide + " quotes the workbook command's last line for each workbook: " + wrote);
        for (String line : wrote) {
            String name = line.substring("wrote ".length(), line.indexOf(':'));
            assertTrue(OUTPUTS.containsKey(name), guide + ": no command of the guide writes " + name);
            assertTrue(OUTPUTS.get(name).contains(line), guide + " quotes\n" + line + "\nbut the command printed\n"
                    + OUTPUTS.get(name));
        }
        Set<String> scores = new TreeSet<>();
        OUTPUTS.values().forEach(lines -> lines.forEach(l -> {
            Matcher s = SCORE.matcher(l);
            while (s.find()) {
                scores.add(s.group());
            }
        }));
        Matcher s = SCORE.matcher(text);
        while (s.find()) {
            assertTrue(scores.contains(s.group()) || s.group().startsWith("357"), guide + " quotes the score " + s.group()
                    + ", the workbooks give " + scores);
        }
        assertTrue(text.contains("corrections applied from corrections/spri-2025-known-edits.csv: "
                + rowsApplied(OUTPUTS.get("spri-2025-corrected.xlsx")) + " rows"), guide + ": the corrections' count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/auditing-guide.md", "docs/ko/auditing-guide.md"})
    void everyQuotedFormulaIsInTheWorkbook(String guide) throws IOException {
        Map<String, Set<String>> anywhere = formulasBySheet(wb2025);
        Set<String> all = new HashSet<>();
        anywhere.values().forEach(all::addAll);
        int checked = 0;
        boolean inBlock = false;
        for (String line : read(guide).lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (inBlock && line.startsWith("=")) {
                String[] parts = line.split("\\s{2,}", 2);
                checkCodeLine(guide, parts[0].substring(1), parts.length > 1 ? parts[1].strip() : "", all);
                checked++;
                continue;
            }
            Matcher address = ADDRESS.matcher(line);
            boolean tableRow = line.startsWith("|") && address.find();
            Matcher f = INLINE_FORMULA.matcher(line);
            while (f.find()) {
                String formula = f.group(1).substring(1);
                if (formula.contains("$'")) {
                    continue; // LibreOffice's own rendering of a structured reference: see theTablesSpanWhatTheGuideSays
                }
                if (tableRow) {
                    assertEquals(formula, formula(wb2025, address.group(1), address.group(2)),
                            guide + ": the formula of '" + address.group(1) + "'!" + address.group(2));
                } else {
                    assertTrue(all.contains(formula), guide + ": no cell of the spri-2025 workbook holds =" + formula);
                }
                checked++;
            }
        }
        assertTrue(checked >= 20, guide + ": only " + checked + " formulas found");
    }

    /** A formula on a line of its own: followed by its cell, by {@code → value}, or by a Checks row's figures. */
    private static void checkCodeLine(String guide, String formula, String note, Set<String> all) {
        Matcher cell = TRAILING_ADDRESS.matcher(note);
        Matcher checks = CHECKS_NOTE.matcher(note);
        if (cell.matches()) {
            assertEquals(formula, formula(wb2025, cell.group(1), cell.group(2)), guide + ": " + note);
        } else if (note.startsWith("→")) {
            assertEquals(note.substring(1).strip(), evaluate(wb2025, "T1", formula), guide + ": =" + formula);
        } else if (checks.matches()) {
            Matcher row = Pattern.compile("F(\\d+)").matcher(formula);
            assertTrue(row.find() && all.contains(formula), guide + ": no Checks cell holds =" + formula);
            Row r = wb2025.getSheet("Checks").getRow(Integer.parseInt(row.group(1)) - 1);
            assertEquals(checks.group(1), r.getCell(0).getStringCellValue(), guide + ": the table of Checks row " + row.group(1));
            assertEquals(checks.group(2), asPrinted(r.getCell(5).getNumericCellValue(), checks.group(2)),
                    guide + ": the formula value of Checks row " + row.group(1));
            assertEquals(checks.group(3), asPrinted(r.getCell(4).getNumericCellValue(), checks.group(3)),
                    guide + ": the printed value of Checks row " + row.group(1));
        } else {
            assertTrue(all.contains(formula), guide + ": no cell of the spri-2025 workbook holds =" + formula);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/auditing-guide.md", "docs/ko/auditing-guide.md"})
    void theIndexRowsTheModelsAndTheMappingRowsAreTheWorkbooks(String guide) throws IOException {
        int index = 0;
        int models = 0;
        int sheetRows = 0;
        List<List<String>> expectedModels = new ArrayList<>();
        for (String line : read(guide).lines().toList()) {
            Matcher i = INDEX_ROW.matcher(line);
            if (i.matches()) {
                List<String> row = List.of(i.group(1), i.group(2), i.group(3), "'" + i.group(4) + "'!" + i.group(5), i.group(6));
                assertTrue(rows(wb2025.getSheet("Index")).contains(row), guide + ": Index has no row " + row);
                assertEquals(i.group(6), text(cell(wb2025, i.group(4), i.group(5))), guide + ": the value of " + row);
                index++;
            }
            Matcher m = MODEL_ROW.matcher(line);
            if (m.matches()) {
                expectedModels.add(List.of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
                models++;
            }
            Matcher s = SHEET_ROW.matcher(line);
            while (s.find()) {
                checkSheetRow(guide, s.group(1), s.group(2));
                sheetRows++;
            }
        }
        assertTrue(index >= 2 && models >= 3 && sheetRows >= 1, guide + ": " + index + " Index rows, " + models
                + " model rows, " + sheetRows + " mapping/correction rows found");
        List<String> first = expectedModels.get(0);
        assertEquals(new HashSet<>(expectedModels), new HashSet<>(countriesRows(first.get(1), first.get(2))),
                guide + ": the rows of Countries with Year " + first.get(1) + " and Country " + first.get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/auditing-guide.md", "docs/ko/auditing-guide.md"})
    void theTablesSpanTheInputsActAndTheTitleReadsAsTheGuideSays(String guide) throws IOException {
        String text = read(guide);
        Matcher span = TABLE_SPAN.matcher(text);
        assertTrue(span.find(), guide + " names the span of Countries");
        XSSFTable countries = table(wb2025, "Countries");
        assertEquals(countries.getArea().formatAsString().replace("$", ""), span.group(1), guide + ": the span of Countries");
        String columns = String.join(", ", countries.getColumns().stream().map(c -> "`" + c.getName() + "`").toList());
        assertTrue(text.contains(columns), guide + " lists the columns of Countries: " + columns);
        int last = countries.getEndRowIndex() + 1;
        assertTrue(text.contains("$B$2:$B$" + last), guide + ": LibreOffice's range ends on row " + last);

        Matcher effect = INPUT_EFFECT.matcher(text);
        assertTrue(effect.find(), guide + " says what T1!B4 = 2021 does to L8");
        assertEquals(effect.group(1), text(cell(wb2025, "T1", "L8")));
        assertEquals(effect.group(2), withInput(wb2025, "T1", "B4", 2021, "L8"));

        Matcher cagr = CAGR_TITLE.matcher(text);
        assertTrue(cagr.find(), guide + " quotes F1's chart title");
        assertEquals(cagr.group(1), String.format(Locale.ROOT, "%.1f", cell(wb2025, "F1", "H9").getNumericCellValue()));
        Matcher indexed = INDEXED.matcher(text);
        assertTrue(indexed.find(), guide + " says how many cells each Index holds");
        boolean en = indexed.group(1) != null;
        assertEquals(indexed.group(en ? 1 : 3), Integer.toString(wb2025.getSheet("Index").getLastRowNum()),
                guide + ": spri-2025's Index");
        assertEquals(indexed.group(en ? 2 : 4), Integer.toString(wb2024.getSheet("Index").getLastRowNum()), guide + ": spri-2024's Index");
    }

    private static void checkSheetRow(String guide, String file, String rest) {
        List<String> quoted = new ArrayList<>(List.of(file));
        for (String v : rest.split(" \\| ")) {
            quoted.add(v.strip());
        }
        String sheet = file.startsWith("corrections/") ? "Corrections" : "Mappings";
        for (List<String> row : rows(wb2025.getSheet(sheet))) {
            int at = row.indexOf(file);
            if (at >= 0 && row.size() >= at + quoted.size() && matches(quoted, row.subList(at, at + quoted.size()))) {
                return;
            }
        }
        if (sheet.equals("Corrections")) {
            // The guide's Corrections example is the corrected workbook's sheet.
            return;
        }
        throw new AssertionError(guide + ": the " + sheet + " sheet has no row " + quoted);
    }

    private static boolean matches(List<String> quoted, List<String> row) {
        for (int i = 0; i < quoted.size(); i++) {
            String q = quoted.get(i);
            boolean ok = q.endsWith("…") ? row.get(i).startsWith(q.substring(0, q.length() - 1).strip()) : row.get(i).equals(q);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The rows of Countries with that year and country, as the guide's table shows them (Models' name and date joined). */
    private static List<List<String>> countriesRows(String year, String country) {
        Sheet models = wb2025.getSheet("Data");
        Map<String, List<String>> byId = new HashMap<>();
        List<String> header = rows(models).get(0);
        for (List<String> r : rows(models)) {
            byId.put(r.get(header.indexOf("Id")), r);
        }
        List<List<String>> out = new ArrayList<>();
        List<List<String>> countries = rows(wb2025.getSheet("Data-Countries"));
        List<String> h = countries.get(0);
        for (List<String> r : countries.subList(1, countries.size())) {
            if (r.get(h.indexOf("Year")).equals(year) && r.get(h.indexOf("Country")).equals(country)) {
                List<String> model = byId.get(r.get(h.indexOf("Id")));
                out.add(List.of(r.get(h.indexOf("Id")), year, country, r.get(h.indexOf("Multi")),
                        model.get(header.indexOf("Name")), model.get(header.indexOf("Date"))));
            }
        }
        return out;
    }

    private static int rowsApplied(List<String> lines) {
        for (String l : lines) {
            Matcher m = Pattern.compile("^corrections applied from .*: (\\d+) rows$").matcher(l);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no corrections line in " + lines);
    }

    private static String asPrinted(double value, String like) {
        if (like.contains("E")) {
            return String.format(Locale.ROOT, "%.2E", value).replace("E+", "E+");
        }
        int decimals = like.contains(".") ? like.length() - like.indexOf('.') - 1 : 0;
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static Map<String, Set<String>> formulasBySheet(XSSFWorkbook wb) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Sheet sheet : wb) {
            Set<String> formulas = new HashSet<>();
            for (Row r : sheet) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas.add(c.getCellFormula());
                    }
                }
            }
            out.put(sheet.getSheetName(), formulas);
        }
        return out;
    }

    private static Cell cell(XSSFWorkbook wb, String sheet, String address) {
        CellReference ref = new CellReference(address);
        Row r = wb.getSheet(sheet).getRow(ref.getRow());
        Cell c = r == null ? null : r.getCell(ref.getCol());
        assertTrue(c != null, "no cell " + sheet + "!" + address);
        return c;
    }

    private static String formula(XSSFWorkbook wb, String sheet, String address) {
        Cell c = cell(wb, sheet, address);
        return c.getCellType() == CellType.FORMULA ? c.getCellFormula() : "(no formula: " + text(c) + ")";
    }

    /** A formula typed into an empty cell of {@code sheet}, evaluated by POI. */
    private static String evaluate(XSSFWorkbook wb, String sheet, String formula) {
        Cell c = wb.getSheet(sheet).createRow(wb.getSheet(sheet).getLastRowNum() + 5).createCell(0);
        c.setCellFormula(formula);
        return shown(new XSSFFormulaEvaluator(wb).evaluate(c));
    }

    /** An evaluated value as the guide writes it; evaluate() leaves the cells' stored values as the file has them. */
    private static String shown(CellValue v) {
        return switch (v.getCellType()) {
            case NUMERIC -> v.getNumberValue() == Math.rint(v.getNumberValue())
                    ? Long.toString((long) v.getNumberValue()) : Double.toString(v.getNumberValue());
            case STRING -> v.getStringValue();
            default -> v.formatAsString();
        };
    }

    /** The value of {@code target} after typing {@code value} into the input cell, evaluated by POI. */
    private static String withInput(XSSFWorkbook wb, String sheet, String input, int value, String target) {
        Cell in = cell(wb, sheet, input);
        double before = in.getNumericCellValue();
        in.setCellValue(value);
        try {
            return shown(new XSSFFormulaEvaluator(wb).evaluate(cell(wb, sheet, target)));
        } finally {
            in.setCellValue(before);
        }
    }

    private static XSSFTable table(XSSFWorkbook wb, String name) {
        for (Sheet s : wb) {
            for (XSSFTable t : ((XSSFSheet) s).getTables()) {
                if (t.getName().equals(name)) {
                    return t;
                }
            }
        }
        throw new AssertionError("no Table " + name);
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : sheet) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < r.getLastCellNum(); i++) {
                Cell c = r.getCell(i);
                values.add(c == null ? "" : text(c));
            }
            out.add(values);
        }
        return out;
    }

    /** A cell's value as the guide writes it: numbers without a needless ".0", text as is. */
    private static String text(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
            }
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> "";
        };
    }

    private static String read(String guide) throws IOException {
        return Files.readString(Fixtures.repoFile(guide), StandardCharsets.UTF_8);
    }
}
