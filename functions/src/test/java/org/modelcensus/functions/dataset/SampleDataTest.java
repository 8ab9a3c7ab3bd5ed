package org.modelcensus.functions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.Reports;

class SampleDataTest {
    private static final List<String> KOREAN_2020_2023 = List.of("HyperCLOVA 82B", "HyperCLOVA 204B", "EXAONE 1.0",
            "EXAONE 2.0", "VARCO LLM 2.0 base", "HyperCLOVA X", "Mi:dm 200B", "Samsung Gauss Language",
            "Samsung Gauss Code", "Samsung Gauss Image", "Konan LLM 41B");

    @Test
    void importsAsASample2025Snapshot() {
        Snapshot s = SampleData.snapshot();
        assertEquals("2025", s.provenance().generation());
        assertTrue(s.provenance().sample());
        assertEquals(SampleData.SOURCE, s.provenance().source());
        assertEquals(s.models().size(), s.provenance().rows());
        assertTrue(s.provenance().describe().startsWith("SAMPLE DATA"));
        assertTrue(s.columns().contains("Notes") && s.columns().contains("Source"));
    }

    @Test
    void everyRowSaysWhereItComesFrom() {
        for (ModelRecord r : SampleData.snapshot().models()) {
            assertFalse(r.get("Source").isBlank(), r.name());
            assertFalse(r.get("Notes").isBlank(), r.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"spri-2024", "spri-2025"})
    void listsTheKoreanModelsOfTable2AsPrinted(String id) {
        Edition edition = Edition.of(id);
        Report report = Reports.build(NormalizedDataset.of(SampleData.snapshot(), edition));
        List<String> rows = report.table("T2").rows();
        assertTrue(rows.containsAll(KOREAN_2020_2023), rows.toString());
        assertEquals(edition == Edition.of("spri-2025") ? 14 : 11, rows.size());
        Check check = Check.of(report, PublishedFigures.builtIn());
        Check.TableScore t2 = check.table("T2");
        assertEquals(t2.printed(), t2.equal(), "every printed Table 2 cell is reproduced by the sample");
        assertTrue(report.evaluate().stream().map(ComputedCell::text).anyMatch(t -> !t.isEmpty()));
    }

    @Test
    void reproducesTheTopModelsOf2024AsThe2025EditionPrintedThem() {
        Report report = Reports.build(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2025")));
        Check.TableScore t9 = Check.of(report, PublishedFigures.builtIn()).table("T9");
        assertTrue(t9.printed() > 0);
        assertEquals(t9.printed(), t9.equal());
    }

    @Test
    void keepsTheKoreanDeveloperLabelsThroughNormalization() {
        Report r2024 = Reports.build(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2024")));
        Report r2025 = Reports.build(NormalizedDataset.of(SampleData.snapshot(), Edition.of("spri-2025")));
        assertEquals("코난 테크놀로지", r2024.value(r2024.table("T2").cells().keySet().stream()
                .filter(k -> k.row().equals("Konan LLM 41B") && k.column().equals("개발주체")).findFirst().orElseThrow()));
        assertEquals("LG AI연구원", r2025.value(r2025.table("T2").cells().keySet().stream()
                .filter(k -> k.row().equals("EXAONE 2.0") && k.column().equals("개발주체")).findFirst().orElseThrow()));
    }
}
