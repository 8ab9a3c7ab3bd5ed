package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class CheckCommandTest {
    private static String july() {
        return RealSnapshots.path(RealSnapshots.JULY_2024).toString();
    }

    @Test
    void printsTheAppliedCorrectionsAboveTheScore() {
        String corrections = Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString();
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024", "--corrections", corrections);
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().lines().skip(1).toArray(String[]::new);
        assertEquals("corrections applied from " + corrections + ": 13 rows", lines[0]);
        assertTrue(lines[1].startsWith("  line 2: add Llama 3.1-405B · Domain = \"Language\" (reason: strong"), lines[1]);
        assertTrue(lines[13].startsWith("  line 14: set ERNIE 4.0 · Task: \"Chat\" → "), lines[13]);
        assertEquals("spri-2024: 331 / 359 printed cells equal", lines[14]);
    }

    @Test
    void printsNoCorrectionsWithoutTheOption() {
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024");
        assertTrue(r.out().startsWith("# source=" + july() + " sha256="), r.out());
        assertTrue(r.out().contains(" edition=spri-2024\nspri-2024: 314 / 359 printed cells equal\n"), r.out());
    }

    @Test
    void rejectsABadCorrectionsRowWithFileLineAndColumnAndExitCode2(@TempDir Path dir) {
        Path bad = Fixtures.write(dir, "bad.csv", "action,model,field,value,reason", "remove,GPT-3 175B (davinci),,,ok",
                "drop,Gopher,,,r");
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024", "--corrections", bad.toString());
        assertEquals(2, r.code());
        assertEquals("census: " + bad + ", line 3, column 1: unknown action 'drop'; known: set, remove, add, add_from\n",
                r.err());
    }

    private static final String SEED = "functions/src/test/resources/ledger-seed/";

    private static String may() {
        return RealSnapshots.path(RealSnapshots.MAY_2025).toString();
    }

    @Test
    void jsonListsEveryPrintedCellWithStatusCausesTotalsSideEffectsAndProvenance() throws Exception {
        Cli r = Cli.run("check", "--data", may(), "--report", "spri-2025", "--format", "json",
                "--corrections", Fixtures.repoFile("corrections/spri-2025-known-edits.csv").toString(),
                "--corrections", Fixtures.repoFile("corrections/spri-2025-weak-edits.csv").toString(),
                "--ledger", Fixtures.repoFile(SEED + "spri-2025.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("corrections applied from "), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("spri-2025", doc.get("report").asText());
        assertEquals(RealSnapshots.MAY_2025, doc.get("snapshot").asText());
        JsonNode t = doc.get("totals");
        assertEquals(List.of(515, 398, 34, 83), List.of(t.get("cells").asInt(), t.get("equal").asInt(),
                t.get("explained").asInt(), t.get("unexplained").asInt()));
        assertEquals(173, t.get("printedNumbers").get("equal").asInt());
        assertEquals(216, t.get("printedNumbers").get("cells").asInt());
        assertEquals(127, t.get("blanksAsZero").get("cells").asInt());
        assertEquals(29, t.get("tables").get("T9").get("equal").asInt());
        assertEquals(453 + 62, doc.get("cells").size(), "the tables' figures and the numbers of the text");
        JsonNode f1 = cell(doc, "F1", "모델 수", "2024");
        assertEquals(129, f1.get("computed").asInt());
        assertEquals("122", f1.get("printed").asText());
        assertEquals("explained", f1.get("status").asText());
        JsonNode cause = f1.get("causes").get(1);
        assertEquals("added-after-download", cause.get("kind").asText());
        assertTrue(cause.get("models").size() > 0);
        assertTrue(cause.get("evidence").asText().length() > 0);
        assertEquals("scenario", cause.get("role").asText());
        assertEquals(122, f1.get("worldValue").asInt());
        assertEquals("credited: the world gives 122 = printed; without spri-2025/late-additions-7.csv 129",
                cause.get("note").asText(), cause.toString());
        assertEquals("no effect: without spri-2025/known-late-additions.csv the cell is still 122",
                f1.get("causes").get(0).get("note").asText(), "a cause whose removal changes nothing is not credited");
        assertEquals(83, t.get("byStrengthFloor").get("speculative").get("unexplained").asInt());
        assertTrue(t.get("byStrengthFloor").get("medium").get("unexplained").asInt() > 83, t.toString());
        JsonNode prose = cell(doc, "본문", "II.1-3", "값");
        assertEquals("2024년에는 총 122개의 초거대 AI 모델이 출시되었으며, 전년 대비 13개가 많았음", prose.get("sentence").asText());
        assertEquals("computed(F1,모델 수,2024)-computed(F1,모델 수,2023)", prose.get("backing").asText());
        assertEquals("prose", prose.get("printedAs").asText());
        assertEquals(9, doc.get("outOfScope").size());
        assertTrue(doc.get("world").get("scenario").size() > 0, doc.get("world").toString());
        JsonNode language = cell(doc, "T3", "언어(Language)", "2024");
        assertEquals("unexplained", language.get("status").asText());
        assertEquals("did not verify: the world gives 113, printed 112", language.get("causes").get(0).get("note").asText(),
                language.toString());
        int equal = 0;
        for (JsonNode c : doc.get("cells")) {
            assertTrue(List.of("equal", "explained", "unexplained").contains(c.get("status").asText()), c.toString());
            equal += c.get("status").asText().equals("equal") ? 1 : 0;
        }
        assertEquals(398, equal);
        List<String> side = new ArrayList<>();
        doc.get("sideEffects").forEach(c -> side.add(c.get("table").asText() + " " + c.get("computedWithout").asInt()
                + "→" + c.get("computedWith").asInt()));
        assertEquals(List.of("T4 78→79", "T5 51→52", "T5 28→29", "T6 18→19", "F3 27→28"), side);
        assertTrue(doc.get("provenance").get("sha256").asText().matches("[0-9a-f]{64}"));
    }

    private static JsonNode cell(JsonNode doc, String table, String row, String column) {
        for (JsonNode c : doc.get("cells")) {
            if (c.get("table").asText().equals(table) && c.get("row").asText().equals(row)
                    && c.get("column").asText().equals(column)) {
                return c;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void textShowsStatusAndCausesOfEachDifferingCellAndTheTotalsLine() {
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024",
                "--ledger", Fixtures.repoFile(SEED + "spri-2024.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\ntotals: 408 cells: 350 equal (85.8 %), 46 explained, 12 unexplained (ledger "), r.out());
        assertTrue(r.out().contains("; unexplained at each strength floor: strong "), r.out());
        assertTrue(r.out().contains("\none world: scenario "), r.out());
        assertTrue(r.out().contains("; printed numbers 220 cells: 180 equal (81.8 %), 34 explained, 6 unexplained; "
                + "blanks read as 0 105 cells: 105 equal (100.0 %), 0 explained, 0 unexplained\n"), r.out());
        assertTrue(r.out().contains("F3 | 비중(%) | 계: computed 11.11111111111111, printed 11.0\n"), r.out());
        assertTrue(r.out().contains("    status: explained (strong)\n    cause: report-arithmetic (strong, report): report prints "
                + "11.0 = 16/145"), r.out());
        assertTrue(r.out().contains("      printed(F3,멀티모달,계)/(printed(F2,모델 수,계)+1)*100 = 11.03448275862069, the printed 11.0\n"),
                r.out());
        assertTrue(r.out().contains("      credited: the world gives "), r.out());
    }

    @Test
    void koreanShowsTheLedgersKoreanEvidenceAndMinStrengthCountsWeakerCausesAsUnexplained() {
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024", "--lang", "ko", "--min-strength", "medium",
                "--corrections", Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("HyperCLOVA 204B: 2024-07-16 스냅숏에서 과업(Task)이 비었거나 짧은 10개 모델에"), r.out());
        assertTrue(r.out().contains("\n합계 (원인 강도 medium 이상): 셀 408개 중 일치 367 (90.0 %), 설명됨 0, 미설명 41"), r.out());
        assertTrue(r.out().contains("\n범위 밖 본문 수치 (어떤 데이터로도 뒷받침할 수 없음): 4\n"), r.out());
        Cli en = Cli.run("check", "--data", july(), "--report", "spri-2024", "--lang", "en", "--min-strength", "medium",
                "--corrections", Fixtures.repoFile("corrections/spri-2024-known-edits.csv").toString());
        assertTrue(en.out().contains("\ntotals (causes at least medium): 408 cells: 367 equal (90.0 %), 0 explained, 41 unexplained"),
                en.out());
        assertTrue(en.out().contains("\nnumbers of the report text out of scope (no data can back them): 4\n"), en.out());
        Cli bad = Cli.run("check", "--data", july(), "--report", "spri-2024", "--min-strength", "certain");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--min-strength takes strong, medium, weak or speculative, not 'certain'"), bad.err());
    }

    @Test
    void withoutALedgerFileTheBuiltInOneIsUsedAndSideEffectsAreListed() {
        String corrections = Fixtures.repoFile("corrections/spri-2025-known-edits.csv").toString();
        Cli r = Cli.run("check", "--data", may(), "--report", "spri-2025", "--corrections", corrections);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(ledger ledger/spri-2025.csv"), r.out());
        assertTrue(r.out().contains("\nside effects of the corrections: 4 cells equal without them differ with them\n"
                + "  T4 | 코드 생성/자동완성(Code Generation/Autocompletion) | 계: 78 without, 79 with, printed 78 ("), r.out());
    }

    @Test
    void aBadLedgerStopsWithFileLineColumnAndExitCode2(@TempDir Path dir) {
        Path bad = Fixtures.write(dir, "ledger.csv", "table,row,column,kind,models,evidence,strength,hypothesis",
                "F2,모델 수,2020,late,,e,weak,");
        Cli r = Cli.run("check", "--data", july(), "--report", "spri-2024", "--ledger", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("census: " + bad + ", line 2, column 4: unknown kind 'late'; known: "), r.err());
        Cli f = Cli.run("check", "--data", july(), "--report", "spri-2024", "--format", "xml");
        assertEquals(2, f.code());
        assertTrue(f.err().contains("unknown format 'xml'; use one of text, json"), f.err());
    }
}
