package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.dataset.SampleData;

class TablesJsonTest {
    private record Run(int code, String out, String err) {
    }

    private static Run census(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Census.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesProvenanceEditionAndTablesOfRowsOfColumns() throws Exception {
        Run run = census("tables", "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode p = doc.get("provenance");
        assertEquals(SampleData.SOURCE, p.get("source").asText());
        assertEquals(64, p.get("sha256").asText().length());
        assertEquals("2025", p.get("schema").asText());
        assertTrue(p.get("sample").asBoolean());
        assertTrue(p.get("rows").isInt());
        assertEquals(Provenance.EPOCH_CITATION, p.get("citation").asText());
        assertEquals("spri-2025", doc.get("edition").get("id").asText());
        JsonNode f1 = doc.get("tables").get("F1").get("rows");
        assertTrue(f1.get("모델 수").get("2024").isIntegralNumber(), "counts are JSON numbers");
        assertEquals("#DIV/0!", f1.get("CAGR(%)").get("2020-2024").asText(), "Excel errors are strings");
        JsonNode grok = doc.get("tables").get("T9").get("rows").get("Grok-2");
        assertEquals(5.3e25, grok.get("학습 연산량(FLOP)").asDouble());
        assertTrue(grok.get("학습 연산량(FLOP)").isNumber());
        assertEquals("미국", grok.get("국가").asText());
        assertTrue(doc.get("tables").get("T2").get("rows").has("HyperCLOVA X"));
    }

    @Test
    void labelsTheSampleOnStderrAndKeepsCsvClean() {
        Run run = census("tables", "--report", "spri-2024");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().startsWith("# SAMPLE DATA"), run.err());
        assertTrue(run.out().startsWith("# source="), run.out());
        assertTrue(run.out().lines().skip(1).findFirst().orElseThrow().equals("table,row,column,value"));
        assertFalse(run.out().contains("SAMPLE"), "stdout stays a clean CSV");
        assertTrue(run.out().contains("T2,EXAONE 1.0,멀티모달 여부,O"));
    }

    @Test
    void checkPrintsASampleBannerOnStdout() {
        Run run = census("check");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("# source=") && run.out().contains("\n# SAMPLE DATA"), run.out());
        assertTrue(run.out().contains("T2        42 /  42"), run.out());
    }

    @Test
    void rejectsAnUnknownFormatWithExitCode2() {
        Run run = census("tables", "--format", "xml");
        assertEquals(Census.BAD_INPUT, run.code());
        assertTrue(run.err().contains("unknown format 'xml'"), run.err());
    }

    @Test
    void benchRunsOnTinySizes() {
        Run run = census("bench", "--synthetic", "200,400", "--runs", "1", "--warmup", "1", "--snapshot",
                "../shared/does-not-exist.csv");
        assertEquals(Census.BAD_INPUT, run.code(), "a missing --snapshot is bad input");
        run = census("bench", "--synthetic", "300", "--runs", "2", "--warmup", "1", "--warmup-seconds", "0");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("synthetic 300 (seed 1)"), run.out());
    }
}
