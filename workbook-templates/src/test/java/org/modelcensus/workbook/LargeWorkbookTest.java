package org.modelcensus.workbook;

import org.modelcensus.functions.run.Run;
import org.modelcensus.functions.run.Recipe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SyntheticSnapshot;
import org.modelcensus.functions.edition.Edition;

class LargeWorkbookTest {
    /** Table sheets longer than the streaming window (200 rows) failed with "row already written to disk". */
    @Test
    void writesTablesOfMoreRowsThanTheStreamingWindow() throws IOException {
        var in = TemplateWorkbook.Input.of(Run.of(EpochCsv.parse("synthetic", SyntheticSnapshot.generate(10_000, 1)),
                Recipe.of(Edition.of("spri-2025"))), "census test");
        int longest = in.report().tables().stream().mapToInt(t -> t.rows().size()).max().orElse(0);
        assertTrue(longest > 200, "a table of more rows than the window: " + longest);
        var summary = TemplateWorkbook.write(in, OutputStream.nullOutputStream());
        assertEquals(in.report().tables().stream().mapToInt(t -> t.cells().size()).sum(), summary.indexedCells());
    }
}
