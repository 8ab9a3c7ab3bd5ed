package org.modelcensus.functions.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.normalize.DataTables;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.LongTable;

class CsvExportTest {
    @Test
    void keepsNumbersAsNumbersNegativeAndScientificIncluded() {
        assertEquals(List.of("-3", "3.8E25", "405000000000", "0.125", "2024", "-12.5", "-1e-3"),
                List.of(CsvExport.cell(-3.0), CsvExport.cell(3.8e25), CsvExport.cell(4.05e11), CsvExport.cell(0.125),
                        CsvExport.cell(2024), CsvExport.cell("-12.5"), CsvExport.cell("-1e-3")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx", "-"})
    void prefixesTextAFormulaCouldStartWithAnApostrophe(String text) {
        assertEquals("'" + text, CsvExport.cell(text));
    }

    @Test
    void writesNullAsAnEmptyCellAndOrdinaryTextUnchanged() {
        assertEquals(List.of("", "GPT-4", "미국", "a=b"),
                List.of(CsvExport.cell(null), CsvExport.cell("GPT-4"), CsvExport.cell("미국"), CsvExport.cell("a=b")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a,b|\"a,b\"", "say \"hi\"|\"say \"\"hi\"\"\"", "' padded '|'\" padded \"'"})
    void quotesCellsWithCommasQuotesOrEdgeSpaces(String cell, String expected) {
        assertEquals(expected, CsvExport.row(cell));
    }

    @Test
    void quotesANeutralizedMultiLineCell() {
        assertEquals("1,\"'\nx\",", CsvExport.row(1, "\nx", null));
    }

    @Test
    void writesALongTableWithItsHeaderThatReadsBackCellForCell() throws Exception {
        LongTable t = new LongTable("Countries", List.of("Id", "Country", "FLOP"));
        t.add(1, "미국", 3.8e25);
        t.add(2, "=cmd|' /C calc'!A0", null);
        StringBuilder out = new StringBuilder();
        CsvExport.write(t, out);
        assertEquals("Id,Country,FLOP\n1,미국,3.8E25\n2,'=cmd|' /C calc'!A0,\n", out.toString());
    }

    @Test
    void exportsTheRealModelsTableAsCsvThatParsesBackWithNumericColumnsAsNumbers() throws Exception {
        NormalizedDataset data = NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025)),
                Edition.of("spri-2025"));
        StringBuilder out = new StringBuilder();
        CsvExport.write(data.table(DataTables.MODELS), out);
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(DataTables.MODEL_COLUMNS, p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(311, rows.size());
            for (CSVRecord r : rows) {
                assertTrue(r.get("FLOP").isEmpty() || Double.isFinite(Double.parseDouble(r.get("FLOP"))), r.get("FLOP"));
                Integer.parseInt(r.get("Id"));
            }
        }
    }
}
