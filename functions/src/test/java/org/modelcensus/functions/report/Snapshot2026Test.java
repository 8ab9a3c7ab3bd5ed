package org.modelcensus.functions.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.diff.SnapshotDiff;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Unmapped;
import org.modelcensus.functions.query.CellKey;

/**
 * Epoch's 2026 file (no organisation categorization column, {@code Z.ai (Zhipu AI)}, 2025 task labels)
 * under the spri-2025 mappings. Reading the file needs the 2026 schema aliases.
 */
class Snapshot2026Test {
    private static final String FEB_2026 = "large_scale_ai_models_2026-02-16.csv";
    private static final Edition SPRI_2025 = Edition.of("spri-2025");

    private static Report spri2025() {
        return Reports.build(NormalizedDataset.of(EpochCsv.read(RealSnapshots.path(FEB_2026)), SPRI_2025));
    }

    @Test
    void keepsZhipuAiWithFiveModelsIn2024AfterItsRename() {
        assertEquals(5.0, ((Number) spri2025().value(new CellKey("T8", "Zhipu AI", "모델 수"))).doubleValue());
    }

    @Test
    void fillsOrganisationTypesFromTheMappingWithoutEpochsColumn() {
        Number industry2024 = (Number) spri2025().value(new CellKey("T7", "산업계(Industry)", "2024"));
        assertTrue(industry2024.intValue() >= 100, "산업계 2024 = " + industry2024);
    }

    @Test
    void countsSpeechRecognitionAsrUnderSpeechRecognition() {
        Number asr = (Number) spri2025().value(new CellKey("T4", "음성 인식(Audio Speech Recognition)", "계"));
        assertTrue(asr.intValue() >= 11, "음성 인식 = " + asr);
    }

    @Test
    void leavesNothingUnmapped() {
        Snapshot s = EpochCsv.read(RealSnapshots.path(FEB_2026));
        assertEquals(List.of(), Unmapped.of(s, Mappings.builtIn(SPRI_2025)).items());
    }

    @Test
    void reportsNoOrganisationChangeForTheZhipuRename() {
        Snapshot may = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        Snapshot feb = EpochCsv.read(RealSnapshots.path(FEB_2026));
        assertTrue(SnapshotDiff.of(may, feb).changed().stream()
                .noneMatch(c -> c.field().equals("Organization") && c.oldValue().equals("Zhipu AI")));
    }
}
