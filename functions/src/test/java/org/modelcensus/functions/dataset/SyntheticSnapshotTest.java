package org.modelcensus.functions.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.report.Reports;

class SyntheticSnapshotTest {
    @Test
    void generatesTheRequestedNumberOfModelsInThe2025Schema() {
        Snapshot s = EpochCsv.parse("synthetic", SyntheticSnapshot.generate(2_000, 7));
        assertEquals(2_000, s.models().size());
        assertEquals("2025", s.provenance().generation());
        assertEquals(SyntheticSnapshot.HEADER, s.columns().names());
    }

    @Test
    void isDeterministicForASeed() {
        assertArrayEquals(SyntheticSnapshot.generate(500, 42), SyntheticSnapshot.generate(500, 42));
        assertFalse(Arrays.equals(SyntheticSnapshot.generate(500, 42), SyntheticSnapshot.generate(500, 43)));
    }

    @Test
    void generatesAnEmptySnapshotAndRejectsANegativeSize() {
        assertEquals(0, EpochCsv.parse("empty", SyntheticSnapshot.generate(0, 1)).models().size());
        assertThrows(IllegalArgumentException.class, () -> SyntheticSnapshot.generate(-1, 1));
    }

    @Test
    void containsHostileTextAndMultiValuedFields() {
        List<ModelRecord> models = EpochCsv.parse("synthetic", SyntheticSnapshot.generate(3_000, 1)).models();
        for (String lead : List.of("=", "+", "-", "@", "\t")) {
            assertTrue(models.stream().anyMatch(m -> m.get(Field.NAME).startsWith(lead)), "a name starting with " + lead);
        }
        assertTrue(models.stream().anyMatch(m -> m.get(Field.NAME).contains("\n")));
        assertTrue(models.stream().anyMatch(m -> m.get(Field.NAME).contains("\"") && m.get(Field.NAME).contains(",")));
        assertTrue(models.stream().anyMatch(m -> m.get(Field.NAME).chars().anyMatch(c -> c > 127)));
        assertTrue(models.stream().anyMatch(m -> m.get(Field.ORGANIZATION).contains(",")), "joint models");
        assertTrue(models.stream().anyMatch(m -> m.get(Field.COUNTRY).contains("Multinational")));
        assertTrue(models.stream().anyMatch(m -> m.get(Field.TASK).contains(",")));
        assertTrue(models.stream().anyMatch(m -> m.get(Field.PUBLICATION_DATE).isEmpty()), "undated models");
        assertTrue(models.stream().anyMatch(m -> m.get(Field.TRAINING_COMPUTE).isEmpty()), "blank compute");
        assertTrue(models.stream().allMatch(m -> {
            String d = m.get(Field.PUBLICATION_DATE);
            return d.isEmpty() || (d.compareTo("2018") >= 0 && d.compareTo("2026") < 0);
        }));
    }

    @Test
    void normalizesAndBuildsBothEditions() {
        Snapshot s = EpochCsv.parse("synthetic", SyntheticSnapshot.generate(1_000, 3));
        for (Edition e : Edition.builtIns()) {
            assertFalse(Reports.build(NormalizedDataset.of(s, e)).evaluate().isEmpty());
        }
    }
}
