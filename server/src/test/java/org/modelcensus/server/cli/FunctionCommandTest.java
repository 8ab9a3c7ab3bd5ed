package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCommandTest {
    private static final String CSV = String.join("\n",
            "Model,Domain,Task,Organization,Publication date,Country (of organization),"
                    + "Organization categorization (from Organization),Training compute (FLOP)",
            "Alpha,Language,Chat,NAVER,2024-01-01,Korea (Republic of),Industry,1e23",
            "Beta,Language,Chat,\"Samsung,OpenAI\",2024-06-01,\"Korea (Republic of),United States of America\",Industry,4e23",
            "Gamma,Vision,Image generation,OpenAI,2023-06-01,United States of America,Industry,");

    @TempDir
    Path dir;

    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeData() throws IOException {
        data = Files.writeString(dir.resolve("tiny.csv"), CSV, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("function", "--data", data.toString()));
        all.addAll(Arrays.asList(args));
        return Census.run(all.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void printsAScalarValue() {
        assertEquals(0, run("CAGR", "2", "122", "4"));
        assertEquals(List.of("179.46823926712412"), lines());
    }

    @Test
    void cagrPrintsThePercentageLikeTheTablesWithoutASampleNote() {
        Cli r = Cli.run("function", "CAGR", "2", "122", "4");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", Double.parseDouble(r.out().strip())), "179.5");
        assertEquals("", r.err(), "CAGR reads no data: no note about the sample");
    }

    @Test
    void printsAnExcelErrorAndItsMessageWithExitCodeZero() {
        assertEquals(0, run("COUNT", "2024", "2024", "Atlantis"));
        assertEquals("#N/A", lines().get(0));
        assertTrue(lines().get(1).startsWith("unknown country \"Atlantis\""), out.toString());
    }

    @Test
    void readsNegativeNumbersAsNumbers() {
        assertEquals(0, run("CAGR", "1", "2", "-4"));
        assertEquals(List.of("#NUM!", "periods must be greater than 0, got -4"), lines());
    }

    @Test
    void readsAnEmptyArgumentAsABlank() {
        assertEquals(0, run("COUNT", "", "", "KR"));
        assertEquals(List.of("2"), lines());
    }

    @Test
    void printsRowsAsCsv() {
        assertEquals(0, run("TOP_MODELS", "2024"));
        assertEquals(List.of("Beta,4.0E23,\"Samsung, OpenAI\",\"한국, 미국\"", "Alpha,1.0E23,NAVER,한국"), lines());
    }

    @Test
    void printsANoteOnAValueToStandardError() {
        assertEquals(0, run("TOP_DEVELOPERS", "2024", "1"));
        assertEquals(List.of("NAVER,1,한국"), lines());
        assertTrue(err.toString().contains("2 more tied with the last row"), err.toString());
    }

    @Test
    void rejectsAnUnknownFunctionWithExitCodeTwo() {
        assertEquals(Census.BAD_INPUT, run("NOPE", "1"));
        assertTrue(err.toString().contains("unknown function 'NOPE'; known: CAGR, COUNT"), err.toString());
    }
}
