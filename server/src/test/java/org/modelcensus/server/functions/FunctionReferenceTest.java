package org.modelcensus.server.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.spreadsheet.SpreadsheetFunction;

class FunctionReferenceTest {
    private static final Path DOC = Path.of("..", "docs", "functions.md");

    @Test
    void committedReferenceIsTheGeneratedOne() throws IOException {
        String generated = FunctionReference.markdown(TestData.registry());
        if (Boolean.getBoolean("census.writeDocs")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), DOC + " is missing; run the tests with -Dcensus.writeDocs=true");
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/functions.md is stale; rerun the tests with -Dcensus.writeDocs=true and commit it");
    }

    @Test
    void documentsEveryFunctionAndParameter() {
        String md = FunctionReference.markdown(TestData.registry());
        for (SpreadsheetFunction f : TestData.CATALOG.functions()) {
            assertTrue(md.contains("## " + f.name() + "\n"), f.name());
            f.parameters().forEach(p -> assertTrue(md.contains("`" + p.name() + "`"), f.name() + "." + p.name()));
        }
    }
}
