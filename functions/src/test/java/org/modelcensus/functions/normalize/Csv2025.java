package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;

/** Builds small snapshots in Epoch's 2025 schema for tests. */
final class Csv2025 {
    static final String HEADER = "Model,Domain,Task,Organization,Publication date,Country (of organization),"
            + "Organization categorization (from Organization),Training compute (FLOP)";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    /** Adds a model; values are quoted as needed. */
    Csv2025 model(String name, String domain, String task, String org, String date, String country, String category) {
        lines.add(String.join(",", quote(name), quote(domain), quote(task), quote(org), date, quote(country),
                quote(category), "1e24"));
        return this;
    }

    Snapshot snapshot() {
        return EpochCsv.parse("test.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    NormalizedDataset normalize(Edition edition) {
        return NormalizedDataset.of(snapshot(), edition);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
