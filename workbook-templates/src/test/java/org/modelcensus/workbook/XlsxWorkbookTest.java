package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.modelcensus.workbook.XlsxStyles.Spec;

/**
 * The workbook writer writes each sheet as POI's streaming workbook (SXSSF) writes the same cells: the same
 * content, built through both, gives the same worksheet and table parts byte for byte, and the same defined names.
 * Its deflated pieces join into one valid entry, and POI reads the file back.
 */
class XlsxWorkbookTest {
    /** Texts a data cell may hold: markup, quotes, controls, whitespace at the ends, Korean, a surrogate pair. */
    private static final List<String> TEXTS = List.of("plain", "<a & b>", "\"quoted\"", " leading", "trailing\t",
            "line\nbreak\r\n", "\u00a0no-break", "\u0001control\u007f", "\ufffe\uffff", "emoji \ud83d\ude00", "한국어(Korean)",
            "x".repeat(40));

    @Test
    void writesTheSheetsPoisStreamingWorkbookWrites() throws IOException {
        Map<String, byte[]> poi = entries(poi());
        // Read as a stream: unlike POI's, every entry's local header gives its sizes.
        Map<String, byte[]> ours = streamedEntries(ours());
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                "xl/tables/table1.xml")) {
            assertTrue(poi.containsKey(part) && ours.containsKey(part), part);
            // POI 5.5.1 writes a stray ">" after the formula of a cell whose cached value is an error; the writer does not.
            String expected = new String(poi.get(part), StandardCharsets.UTF_8).replace("</f>><v>", "</f><v>");
            assertEquals(expected, new String(ours.get(part), StandardCharsets.UTF_8), part);
        }
        assertEquals(definedNames(poi), definedNames(ours));
        assertTrue(definedNames(ours).contains("_xlnm.Print_Titles"), definedNames(ours));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(ours()))) {
            assertEquals(List.of("Data", "T1", "Checks"), List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2)));
            assertEquals("Things", read.getSheet("Data").getTables().get(0).getName());
            assertEquals("#,##0", read.getSheet("Data").getRow(3).getCell(3).getCellStyle().getDataFormatString());
            assertTrue(read.getSheet("Data").getRow(1).getCell(2).getCellStyle().getQuotePrefixed());
            assertEquals(IndexedColors.GREY_25_PERCENT.getIndex(), read.getSheet("Data").getRow(0).getCell(0).getCellStyle()
                    .getFillForegroundColor());
            assertEquals(13, read.getFontAt(read.getSheet("T1").getRow(0).getCell(0).getCellStyle().getFontIndex())
                    .getFontHeightInPoints());
        }
    }

    /** The content, through POI. */
    private static byte[] poi() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(3)) {
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            var bold = wb.createFont();
            bold.setBold(true);
            var big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            CellStyle title = wb.createCellStyle();
            title.setFont(big);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));

            SXSSFSheet data = wb.createSheet("Data");
            data.setColumnWidth(0, 10 * 256);
            data.setColumnWidth(1, 40 * 256);
            data.setColumnWidth(3, 9 * 256);
            data.createFreezePane(0, 1);
            print(data, false);
            var h = data.createRow(0);
            for (int c = 0; c < 4; c++) {
                var cell = h.createCell(c);
                cell.setCellValue("col " + c);
                cell.setCellStyle(header);
            }
            for (int r = 1; r <= 20; r++) {
                var row = data.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(TEXTS.get(r % TEXTS.size()));
                if (r % 3 != 0) {
                    var q = row.createCell(2);
                    q.setCellValue("=x" + r);
                    q.setCellStyle(quoted);
                }
                var n = row.createCell(3);
                n.setCellValue(r * 1.5e24);
                n.setCellStyle(count);
            }
            var area = new AreaReference(new CellReference(0, 0), new CellReference(20, 3), wb.getSpreadsheetVersion());
            XSSFTable t = wb.getXSSFWorkbook().getSheet("Data").createTable(area);
            t.setName("Things");
            t.setDisplayName("Things");
            var columns = t.getCTTable().getTableColumns().getTableColumnArray();
            for (int c = 0; c < 4; c++) {
                columns[c].setName("col " + c);
            }
            t.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
            var style = t.getCTTable().addNewTableStyleInfo();
            style.setName("TableStyleLight9");
            style.setShowRowStripes(true);

            SXSSFSheet t1 = wb.createSheet("T1");
            t1.setRandomAccessWindowSize(-1);
            var r5 = t1.createRow(5);
            var f1 = r5.createCell(1);
            f1.setCellFormula("SUM(A1:A3)");
            f1.setCellValue(1.5);
            f1.setCellStyle(decimal);
            var r2 = t1.createRow(2);
            var f2 = r2.createCell(0);
            f2.setCellFormula("IF(A1>0,\"<&>\",\"x\")");
            f2.setCellValue("a<b & \"c\"\n");
            r2.createCell(1).setCellFormula("1/0");
            r2.getCell(1).setCellErrorValue(FormulaError.DIV0.getCode());
            r2.createCell(2).setCellFormula("A1");
            r2.createCell(3).setCellFormula("\"\"");
            r2.getCell(3).setCellValue("");
            t1.getRow(5).createCell(3).setCellStyle(header);
            r5.setHeightInPoints(45);
            var titleCell = t1.createRow(0).createCell(0);
            titleCell.setCellValue("[T1] title");
            titleCell.setCellStyle(title);
            t1.createRow(6).createCell(2).setCellValue(Double.POSITIVE_INFINITY);
            t1.getRow(6).createCell(3).setCellValue(Double.NaN);
            t1.addMergedRegion(new CellRangeAddress(6, 6, 1, 2));
            var helper = t1.getDataValidationHelper();
            var validation = helper.createValidation(helper.createIntegerConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "1950", "2100"), new CellRangeAddressList(3, 3, 1, 1));
            validation.setShowErrorBox(true);
            validation.createErrorBox("연도 (year)", "1950~2100 \"whole\" <year>");
            t1.addValidationData(validation);
            t1.setColumnWidth(0, 24 * 256);
            t1.createFreezePane(1, 7);
            print(t1, true);

            SXSSFSheet checks = wb.createSheet("Checks");
            for (int r = 0; r < 10; r++) {
                var row = checks.createRow(r);
                row.createCell(0).setCellValue("T1!B" + r);
                row.createCell(1).setCellValue(r % 2 == 0 ? "일치 (match)" : "차이 (differs)");
                if (r >= 2) {
                    var link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress("'T1'!B" + r);
                    row.getCell(0).setHyperlink(link);
                }
            }
            checks.setAutoFilter(new CellRangeAddress(1, 9, 0, 2));
            checks.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
            checks.createFreezePane(0, 2);
            var formatting = checks.getSheetConditionalFormatting();
            List<ConditionalFormattingRule> rules = new ArrayList<>();
            int[] colours = {IndexedColors.LIGHT_GREEN.getIndex(), IndexedColors.ROSE.getIndex(), IndexedColors.GREY_25_PERCENT.getIndex()};
            String[] texts = {"\"일치 (match)\"", "\"차이 (differs)\"", "\"a & b\""};
            for (int i = 0; i < 3; i++) {
                var rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, texts[i]);
                var fill = rule.createPatternFormatting();
                fill.setFillBackgroundColor((short) colours[i]);
                fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
                rules.add(rule);
            }
            formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(2, 9, 1, 1)},
                    rules.toArray(new ConditionalFormattingRule[0]));
            print(checks, false);
            wb.setPrintArea(2, 0, 2, 0, checks.getLastRowNum());
            checks.setColumnWidth(1, 20 * 256);
            wb.setForceFormulaRecalculation(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void print(SXSSFSheet sheet, boolean onePage) {
        var setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) (onePage ? 1 : 0));
        sheet.getHeader().setLeft("spri & co");
        sheet.getHeader().setCenter("&A");
        sheet.getHeader().setRight("snapshot sha256 0123");
        sheet.getFooter().setCenter("&P / &N");
    }

    /** The same content, through the workbook writer. */
    private static byte[] ours() throws IOException {
        XlsxWorkbook wb = new XlsxWorkbook(3);
        var quoted = wb.createStyle(Spec.PLAIN.quoted());
        var title = wb.createStyle(Spec.PLAIN.bold(13));
        var header = wb.createStyle(Spec.PLAIN.bold(XlsxStyles.DEFAULT_POINTS).fill(IndexedColors.GREY_25_PERCENT.getIndex())
                .wrapped().align("center", "center"));
        var count = wb.createStyle(Spec.PLAIN.format("#,##0"));
        var decimal = wb.createStyle(Spec.PLAIN.format("0.0"));
        String pageHeader = "&C&A&Lspri & co&Rsnapshot sha256 0123";

        XlsxSheet data = wb.createSheet("Data");
        data.setColumnWidth(0, 10 * 256);
        data.setColumnWidth(1, 40 * 256);
        data.setColumnWidth(3, 9 * 256);
        data.freeze(0, 1);
        data.print(0, pageHeader, "&C&P / &N");
        var h = data.row(0);
        for (int c = 0; c < 4; c++) {
            h.createCell(c).setCellValue("col " + c).setCellStyle(header);
        }
        for (int r = 1; r <= 20; r++) {
            var row = data.row(r);
            row.createCell(0).setCellValue(r);
            row.createCell(1).setCellValue(TEXTS.get(r % TEXTS.size()));
            if (r % 3 != 0) {
                row.createCell(2).setCellValue("=x" + r).setCellStyle(quoted);
            }
            row.createCell(3).setCellValue(r * 1.5e24).setCellStyle(count);
        }
        assertThrows(IllegalArgumentException.class, () -> data.row(1), "row 2 is written out: the window is 3 rows");
        data.table("Things", List.of("col 0", "col 1", "col 2", "col 3"), 20);

        XlsxSheet t1 = wb.createSheet("T1");
        t1.keepRows(-1);
        var r5 = t1.row(5);
        r5.createCell(1).setCellFormula("SUM(A1:A3)").setCellValue(1.5).setCellStyle(decimal);
        var r2 = t1.row(2);
        r2.createCell(0).setCellFormula("IF(A1>0,\"<&>\",\"x\")").setCellValue("a<b & \"c\"\n");
        r2.createCell(1).setCellFormula("1/0").setErrorValue("#DIV/0!");
        r2.createCell(2).setCellFormula("A1");
        r2.createCell(3).setCellFormula("\"\"").setCellValue("");
        t1.row(5).createCell(3).setCellStyle(header);
        r5.setHeightInPoints(45);
        t1.row(0).createCell(0).setCellValue("[T1] title").setCellStyle(title);
        t1.row(6).createCell(2).setCellValue(Double.POSITIVE_INFINITY);
        t1.row(6).createCell(3).setCellValue(Double.NaN);
        t1.merge(6, 6, 1, 2);
        t1.wholeNumberBetween(3, 1, 1950, 2100, "연도 (year)", "1950~2100 \"whole\" <year>");
        t1.setColumnWidth(0, 24 * 256);
        t1.freeze(1, 7);
        t1.print(1, pageHeader, "&C&P / &N");

        XlsxSheet checks = wb.createSheet("Checks");
        for (int r = 0; r < 10; r++) {
            var row = checks.row(r);
            row.createCell(0).setCellValue("T1!B" + r);
            row.createCell(1).setCellValue(r % 2 == 0 ? "일치 (match)" : "차이 (differs)");
            if (r >= 2) {
                checks.link(r, 0, "'T1'!B" + r);
            }
        }
        checks.autoFilter(1, 9, 0, 2);
        checks.repeatRows(1, 1);
        checks.freeze(0, 2);
        checks.fillWhenEqual(2, 9, 1, List.of("\"일치 (match)\"", "\"차이 (differs)\"", "\"a & b\""),
                List.of((int) IndexedColors.LIGHT_GREEN.getIndex(), (int) IndexedColors.ROSE.getIndex(),
                        (int) IndexedColors.GREY_25_PERCENT.getIndex()));
        checks.print(0, pageHeader, "&C&P / &N");
        checks.printArea(2);
        checks.setColumnWidth(1, 20 * 256);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out, Instant.EPOCH, "test");
        assertThrows(IllegalStateException.class, () -> wb.createSheet("late"), "a workbook is written once");
        return out.toByteArray();
    }

    @Test
    void refusesSheetNamesExcelRefuses() {
        XlsxWorkbook wb = new XlsxWorkbook(10);
        wb.createSheet("Data");
        for (String bad : List.of("", "a/b", "a[1]", "x".repeat(32), "'quoted'", "DATA")) {
            assertThrows(IllegalArgumentException.class, () -> wb.createSheet(bad), bad);
        }
    }

    @Test
    void escapesCellTextAsPoiDoes() throws IOException {
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(List.of("", "lone \ud800 high", "lone \udc00 low", "\ud800", "=SUM(A1)", "-1", "'quote"));
        Random random = new Random(7);
        char[] alphabet = "aZ09 <>&\"'\t\n\r\u0000\u0008\u000b\u00a0\u00e9\uac00\ud83d\ude00\ud800\udc00\ufffe\uffff".toCharArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            StringWriter expected = new StringWriter();
            new SheetDataWriter(expected) {
                {
                    outputEscapedString(text);
                }
            };
            StringWriter actual = new StringWriter();
            XlsxSheet.escapeCellText(actual, text);
            assertEquals(expected.toString(), actual.toString(), () -> "escaping " + text.codePoints().boxed().toList());
        }
    }

    @Test
    void crcsCombineAsTheCrcOfTheJoinedBytes() {
        Random random = new Random(5);
        for (int i = 0; i < 200; i++) {
            byte[] a = new byte[random.nextInt(3) == 0 ? 0 : random.nextInt(5000)];
            byte[] b = new byte[random.nextInt(3) == 0 ? 0 : random.nextInt(70_000)];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertEquals(whole.getValue(), DeflatedText.combine(crc(a), crc(b), b.length), "lengths " + a.length + ", " + b.length);
        }
    }

    @Test
    void piecesJoinIntoOneDeflateStream() throws Exception {
        String[] texts = {"<head>한국어 \ud83d\ude00", "", "row ".repeat(50_000), "</tail>"};
        DeflatedText[] pieces = new DeflatedText[texts.length];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            pieces[i] = new DeflatedText(16);
            pieces[i].write(texts[i]);
            pieces[i].end(i == texts.length - 1);
            all.append(texts[i]);
        }
        DeflatedText.Joined joined = DeflatedText.join(pieces);
        byte[] deflated = joined.stream().readAllBytes();
        assertEquals(joined.deflatedLength(), deflated.length);
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        byte[] text = new byte[(int) joined.length() + 16];
        int n = inflater.inflate(text);
        assertTrue(inflater.finished(), "the last piece ends the stream");
        byte[] expected = all.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(expected.length, n);
        assertEquals(expected.length, joined.length());
        assertArrayEquals(expected, java.util.Arrays.copyOf(text, n));
        assertEquals(crc(expected), joined.crc());
    }

    @Test
    void bufferEncodesAsBufferedWriter() throws IOException {
        // Long texts, so that the buffer drains many times, also between the halves of a surrogate pair.
        StringBuilder text = new StringBuilder();
        Random random = new Random(3);
        while (text.length() < 200_000) {
            text.append(random.nextInt(3) == 0 ? "\ud83d\ude00" : "x가").append("\ud800".repeat(random.nextInt(2)));
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        try (Writer b = new BufferedWriter(new OutputStreamWriter(expected, StandardCharsets.UTF_8));
                Writer u = new DeflatedText.UnsynchronizedWriter(new OutputStreamWriter(actual, StandardCharsets.UTF_8))) {
            for (int i = 0; i < text.length();) {
                int n = Math.min(text.length() - i, 1 + random.nextInt(20_000));
                switch (random.nextInt(3)) {
                    case 0 -> {
                        b.write(text.charAt(i));
                        u.write(text.charAt(i));
                        n = 1;
                    }
                    case 1 -> {
                        b.write(text.toString(), i, n);
                        u.write(text.toString(), i, n);
                    }
                    default -> {
                        char[] chars = text.substring(i, i + n).toCharArray();
                        b.write(chars);
                        u.write(chars);
                    }
                }
                i += n;
            }
        }
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    private static String definedNames(Map<String, byte[]> parts) {
        String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
        return workbook.substring(workbook.indexOf("<definedNames>"), workbook.indexOf("</definedNames>"));
    }

    /** The entries of a zip, read from its central directory. */
    private static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("xlsx-workbook", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, byte[]> out = new TreeMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, byte[]> streamedEntries(byte[] xlsx) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }
}
