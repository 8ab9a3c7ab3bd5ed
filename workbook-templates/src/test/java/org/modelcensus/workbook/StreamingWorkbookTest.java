package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.ExcelError;

/** The speed-ups of {@link StreamingWorkbook} write exactly what POI's own streaming workbook writes. */
class StreamingWorkbookTest {
    /** POI's sheet writer with its escaping made callable. */
    private static final class Poi extends SheetDataWriter {
        Poi(Writer out) throws IOException {
            super(out);
        }

        void escape(String s) throws IOException {
            outputEscapedString(s);
        }
    }

    @Test
    void escapesTextAsPoiDoes() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "plain", "<a & b>", "\"quoted\"", "tab\there", "line\nbreak\r\n",
                "\u00a0no-break\u00a0", "\u0001control\u001f\u007f", "\ufffe\uffff\ufffd", "emoji \ud83d\ude00 end",
                "lone \ud800 high", "lone \udc00 low", "\ud800", "한국어(Korean) 100%", "=SUM(A1)", "-1", "'quote"));
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
            new Poi(expected).escape(text);
            StringWriter actual = new StringWriter();
            new StreamingWorkbook.FastSheetDataWriter(actual).escape(text);
            assertEquals(expected.toString(), actual.toString(), () -> "escaping " + text.codePoints().boxed().toList());
        }
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
                Writer u = new StreamingWorkbook.UnsynchronizedWriter(new OutputStreamWriter(actual, StandardCharsets.UTF_8))) {
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

    @Test
    void writesTheSameSheetsAsPoisStreamingWorkbook() throws IOException {
        var data = NormalizedDataset.of(EpochCsv.parse("synthetic", SyntheticSnapshot.generate(1500, 11)),
                Edition.of("spri-2025"));
        Map<String, byte[]> expected = entries(write(new SXSSFWorkbook(200), data));
        Map<String, byte[]> actual = entries(write(new StreamingWorkbook(200), data));
        expected.remove("docProps/core.xml"); // its creation time
        actual.remove("docProps/core.xml");
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.get("xl/worksheets/sheet1.xml").length > 1_000_000, "a data sheet of some size");
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }

    /** The Data sheet and a sheet of formulas with cached texts, numbers and errors, as TemplateWorkbook writes them. */
    private static byte[] write(SXSSFWorkbook wb, NormalizedDataset data) throws IOException {
        try {
            Cells cells = new Cells(wb);
            DataSheet.write(wb, cells, data.tables());
            var sheet = wb.createSheet("Formulas");
            Object[] cached = {1.5, "a<b & \"c\"\n", ExcelError.DIV0, null, "\u0001x\u00a0"};
            for (int i = 0; i < cached.length; i++) {
                var row = sheet.createRow(i);
                cells.label(row, 0, "=label " + i, cells.bold);
                cells.value(row, 1, i * 1e24);
                cells.formula(row, 2, "IF(B" + (i + 1) + ">0,\"<&>\",\"x\")", cached[i], cells.count);
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } finally {
            wb.close();
        }
    }

    private static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("streaming-workbook", ".xlsx");
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
}
