package org.modelcensus.functions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modelcensus.functions.normalize.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.report.Reports;

class SampleDataTest {
    @Test
    void importsAsTheTwentyTwentyFiveSchemaMarkedAsASample() {
        Snapshot s = SampleData.snapshot();
        assertEquals(Schema.EPOCH_2025, s.provenance().schema());
        assertTrue(s.provenance().sample());
        assertTrue(s.provenance().describe().startsWith("SAMPLE DATA"));
    }

    @Test
    void listsTheKoreanModelsOfTableTwoInBothEditions() {
        for (Edition e : Edition.values()) {
            var t2 = Reports.build(NormalizedDataset.of(SampleData.snapshot(), e)).table("T2");
            assertTrue(t2.rows().contains("HyperCLOVA X"), e + " T2 rows: " + t2.rows());
            assertTrue(t2.rows().contains("Konan LLM 41B"));
        }
    }
}
