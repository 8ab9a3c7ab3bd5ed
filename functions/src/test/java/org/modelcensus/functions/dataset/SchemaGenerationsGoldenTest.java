package org.modelcensus.functions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modelcensus.functions.RealSnapshots;

/** One real snapshot per schema generation, read through the schema resource (fails under CI=true when absent). */
class SchemaGenerationsGoldenTest {
    enum Generation {
        G2024(RealSnapshots.JULY_2024, "2024", 192, List.of(), List.of("Authors", "Parameters notes",
                "Training compute notes", "Training dataset", "Dataset size notes", "Abstract", "Code accessibility",
                "Accessibility notes", "Training dataset notes", "Dataset accessibility", "Finetune compute notes",
                "Hardware quantity", "Citations"),
                "PaLM 2", Map.of(Field.DATASET_SIZE, "2700000000000.0", Field.COUNTRY, "United States of America",
                        Field.ORGANIZATION_CATEGORIZATION, "Industry", Field.PUBLICATION_DATE, "2023-05-10")),
        G2025(RealSnapshots.MAY_2025, "2025", 311, List.of(), List.of("Authors", "Citations", "Parameters notes",
                "Training compute notes", "Training dataset", "Training dataset notes", "Dataset size notes",
                "Training time (hours)", "Training time notes", "Abstract", "Base model", "Finetune compute (FLOP)",
                "Finetune compute notes", "Hardware quantity", "Training code accessibility", "Accessibility notes"),
                "Llama 3.1-405B", Map.of(Field.DATASET_SIZE, "15600000000000.0", Field.ORGANIZATION, "Meta AI",
                        Field.ORGANIZATION_CATEGORIZATION, "Industry", Field.COUNTRY, "United States of America")),
        G2026(RealSnapshots.FEB_2026, "2026", 485, List.of("Organization categorization (from Organization)"),
                List.of("Authors", "Citations", "Parameters notes", "Training compute notes", "Training dataset",
                        "Training dataset notes", "Dataset size notes", "Training time (hours)", "Training time notes",
                        "Abstract", "Base model", "Finetune compute (FLOP)", "Finetune compute notes",
                        "Hardware quantity", "Hardware utilization (MFU)", "Training code accessibility",
                        "Accessibility notes", "Hardware utilization (HFU)", "Training compute cost (cloud)",
                        "Training compute cost (upfront)"),
                "Llama 3.1-405B", Map.of(Field.DATASET_SIZE, "15600000000000.0", Field.ORGANIZATION, "Meta AI",
                        Field.ORGANIZATION_CATEGORIZATION, "", Field.PUBLICATION_DATE, "2024-07-23"));

        final String file;
        final String label;
        final int rows;
        final List<String> missing;
        final List<String> unused;
        final String model;
        final Map<Field, String> values;

        Generation(String file, String label, int rows, List<String> missing, List<String> unused, String model,
                Map<Field, String> values) {
            this.file = file;
            this.label = label;
            this.rows = rows;
            this.missing = missing;
            this.unused = unused;
            this.model = model;
            this.values = values;
        }

        Snapshot read() {
            return EpochCsv.read(RealSnapshots.path(file));
        }
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void detectsTheGenerationAndReadsEveryRow(Generation g) {
        Snapshot s = g.read();
        assertEquals(g.label, s.provenance().generation());
        assertEquals(g.rows, s.models().size());
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void listsTheMissingOptionalFieldsAndTheUnusedColumns(Generation g) {
        Provenance p = g.read().provenance();
        assertEquals(g.missing, p.missingFields());
        assertEquals(g.unused, p.unusedColumns());
        assertEquals(g.missing.isEmpty() ? "" : "this snapshot lacks optional fields: "
                + String.join(", ", g.missing) + " (schema " + g.label + ")", p.missingFieldsNote());
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void readsEachFieldUnderItsCanonicalColumnWhateverTheHeaderCallsIt(Generation g) {
        ModelRecord m = g.read().models().stream().filter(r -> r.name().equals(g.model)).findFirst().orElseThrow();
        g.values.forEach((field, value) -> assertEquals(value, m.get(field), field.name()));
        g.values.forEach((field, value) -> assertEquals(value, m.get(field.column()), field.column()));
    }
}
