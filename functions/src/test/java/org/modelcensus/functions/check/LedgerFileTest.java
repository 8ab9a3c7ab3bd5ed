package org.modelcensus.functions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;

/** Reading and validating ledger files: every problem names file, line and column. */
class LedgerFileTest {
    private static final String HEADER = "table,row,column,kind,models,evidence,strength,hypothesis";
    private static final String OK = "F2,모델 수,2020,open,,tried: nothing,speculative,";

    private static BadInputException bad(Path dir, String... lines) {
        Path file = Fixtures.write(dir, "ledger.csv", lines);
        return assertThrows(BadInputException.class, () -> Ledger.load(file, Edition.of("spri-2024")));
    }

    private static void assertError(long line, long column, String problemStart, BadInputException e) {
        assertEquals(List.of(line, column), List.of(e.line(), e.column()), e.getMessage());
        assertTrue(e.problem().startsWith(problemStart), e.getMessage());
        assertTrue(e.source().endsWith("ledger.csv"), e.source());
    }

    @Test
    void readsAValidLedgerWithItsHypothesisFileAndRejectedHypotheses(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("hypotheses/x"));
        Fixtures.write(dir.resolve("hypotheses/x"), "h.csv", "action,model,field,value,reason", "remove,A,,,why");
        Fixtures.write(dir, "ledger-rejected.csv", "hypothesis,figures,why", "removing X,400/453,breaks T1");
        Path file = Fixtures.write(dir, "ledger.csv", HEADER, OK,
                "F2,모델 수,2021,added-after-download, A ; B ,\"snap: A, B added\",strong,x/h.csv",
                "F2,CAGR(%),2020-2023,report-arithmetic,,arith,medium,\"(printed(F2,모델 수,2023)/3)*3\"");
        Ledger l = Ledger.load(file, Edition.of("spri-2024"));
        assertEquals(3, l.causes().size());
        assertEquals(List.of("A", "B"), l.causes().get(1).models());
        assertEquals(3, l.causes().get(1).line());
        assertEquals(1, l.causes().get(1).data().size());
        assertEquals(List.of(new Expression.CellRef(Expression.Source.PRINTED, new CellKey("F2", "모델 수", "2023"))),
                l.causes().get(2).expression().cells());
        assertEquals(List.of(new Ledger.Rejected("removing X", "400/453", "breaks T1")), l.rejected());
    }

    @Test
    void readsTheOptionalKoreanEvidenceColumn(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "ledger.csv", HEADER + ",evidence_ko", OK + ",시도한 것 없음");
        Cause c = Ledger.load(file, Edition.of("spri-2024")).causes().get(0);
        assertEquals("시도한 것 없음", c.evidence(true));
        assertEquals("tried: nothing", c.evidence(false));
        assertError(2, 9, "row has 8 fields but the header has 9", bad(dir, HEADER + ",evidence_ko", OK));
    }

    @Test
    void anEditionWithoutABuiltInLedgerHasAnEmptyOne() {
        assertTrue(Ledger.builtIn(Edition.of("spri-2026")).isEmpty());
    }

    @Test
    void rejectsAWrongHeader(@TempDir Path dir) {
        assertError(1, 0, "header must be exactly " + HEADER, bad(dir, "table,row,column,kind,models,evidence,strength", OK));
    }

    @Test
    void rejectsACellThatIsNotPrinted(@TempDir Path dir) {
        assertError(3, 1, "table 'F9' has no printed figure in spri-2024", bad(dir, HEADER, OK, "F9,모델 수,2020,open,,e,weak,"));
        assertError(2, 2, "table F2 has no printed row '모델수'", bad(dir, HEADER, "F2,모델수,2020,open,,e,weak,"));
        assertError(2, 3, "no printed figure F2 | 모델 수 | 2019", bad(dir, HEADER, "F2,모델 수,2019,open,,e,weak,"));
    }

    @Test
    void rejectsUnknownKindsAndStrengths(@TempDir Path dir) {
        assertError(2, 4, "unknown kind 'late'; known: added-after-download, ", bad(dir, HEADER, "F2,모델 수,2020,late,,e,weak,"));
        assertError(2, 7, "unknown strength 'certain'", bad(dir, HEADER, "F2,모델 수,2020,open,,e,certain,"));
    }

    @Test
    void rejectsDataKindsWithoutModelsOrHypothesisAndMissingOrInvalidHypothesisFiles(@TempDir Path dir) throws Exception {
        assertError(2, 5, "date-moved needs the models concerned", bad(dir, HEADER, "F2,모델 수,2020,date-moved,,e,weak,x.csv"));
        assertError(2, 8, "empty hypothesis: a date-moved cause names a hypothesis file",
                bad(dir, HEADER, "F2,모델 수,2020,date-moved,A,e,weak,"));
        assertError(2, 8, "no hypothesis file 'x/none.csv'", bad(dir, HEADER, "F2,모델 수,2020,date-moved,A,e,weak,x/none.csv"));
        assertError(2, 8, "hypothesis '../up.csv' must be a relative file name",
                bad(dir, HEADER, "F2,모델 수,2020,date-moved,A,e,weak,../up.csv"));
        Files.createDirectories(dir.resolve("hypotheses"));
        Fixtures.write(dir.resolve("hypotheses"), "bad.csv", "action,model,field,value,reason", "drop,A,,,why");
        BadInputException e = bad(dir, HEADER, "F2,모델 수,2020,date-moved,A,e,weak,bad.csv");
        assertError(2, 8, "hypothesis file 'bad.csv' is not a valid corrections file: ", e);
        assertTrue(e.problem().contains("bad.csv, line 2, column 1: unknown action 'drop'"), e.getMessage());
    }

    @Test
    void rejectsExpressionsThatDoNotParseAndOpenRowsWithAHypothesis(@TempDir Path dir) {
        assertError(2, 8, "expression '125/' does not parse: position 5: expected a number at the end",
                bad(dir, HEADER, "F2,모델 수,2020,report-arithmetic,,e,weak,125/"));
        assertError(2, 8, "empty hypothesis: a report-transcription cause needs an expression over cells",
                bad(dir, HEADER, "F2,모델 수,2020,report-transcription,,e,weak,"));
        assertError(2, 8, "an open cause has no hypothesis", bad(dir, HEADER, "F2,모델 수,2020,open,,e,weak,1+1"));
    }

    @Test
    void refusesAConstantReportSideCauseAndAPrintedCellThatDoesNotExist(@TempDir Path dir) {
        assertError(3, 8, "expression '125/145*100' is a constant: a report-arithmetic cause reads the cells it stands on",
                bad(dir, HEADER, OK, "T3,언어 비중(%),계,report-arithmetic,,e,strong,125/145*100"));
        assertError(2, 8, "expression '1+4' is a constant", bad(dir, HEADER, "F2,모델 수,2020,report-transcription,,e,strong,1+4"));
        assertError(2, 8, "expression 'printed(F2,모델 수,2019)*2' reads printed(F2,모델 수,2019), which is not a printed figure",
                bad(dir, HEADER, "F2,모델 수,2020,report-arithmetic,,e,strong,\"printed(F2,모델 수,2019)*2\""));
    }

    @Test
    void readsTheScenarioBesideTheLedgerAndRefusesAMissingFileWithItsLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("hypotheses/x"));
        Fixtures.write(dir.resolve("hypotheses/x"), "h.csv", "action,model,field,value,reason", "remove,A,,,why");
        Fixtures.write(dir, "ledger-scenario.csv", "hypothesis,why", "x/h.csv,the one world");
        Path file = Fixtures.write(dir, "ledger.csv", HEADER, OK);
        Ledger l = Ledger.load(file, Edition.of("spri-2024"));
        assertEquals(List.of("x/h.csv"), l.scenario().stream().map(Ledger.Step::hypothesis).toList());
        Fixtures.write(dir, "ledger-scenario.csv", "hypothesis,why", "x/h.csv,ok", "x/none.csv,missing");
        BadInputException e = assertThrows(BadInputException.class, () -> Ledger.load(file, Edition.of("spri-2024")));
        assertEquals(List.of(3L, 1L), List.of(e.line(), e.column()), e.getMessage());
        assertTrue(e.source().endsWith("ledger-scenario.csv") && e.problem().startsWith("no hypothesis file 'x/none.csv'"),
                e.getMessage());
    }

    @Test
    void rejectsEmptyEvidenceAndRaggedRows(@TempDir Path dir) {
        assertError(2, 6, "evidence is empty", bad(dir, HEADER, "F2,모델 수,2020,open,,,weak,"));
        assertError(3, 8, "row has 7 fields but the header has 8", bad(dir, HEADER, OK, "F2,모델 수,2020,open,,e,weak"));
    }

    @Test
    void rejectsAMissingFileAndTextThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path none = dir.resolve("none.csv");
        assertEquals(none + ": no such ledger file", assertThrows(BadInputException.class,
                () -> Ledger.load(none, Edition.of("spri-2024"))).getMessage());
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, (HEADER + "\nF2,mod\u00e8le,2020,open,,e,weak,\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(BadInputException.class, () -> Ledger.load(latin, Edition.of("spri-2024")))
                .getMessage().contains("not UTF-8"));
    }
}
