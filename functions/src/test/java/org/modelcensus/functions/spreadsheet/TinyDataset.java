package org.modelcensus.functions.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;

/**
 * Eight hand-made models in the 2025 schema, normalized for spri-2025. Per country over 2022-2024:
 * US 3, KR 2, CN 2, FR 1 (Gamma is Korean and American); Eta has no date.
 */
final class TinyDataset {
    static final String HEADER = "Model,Domain,Task,Organization,Publication date,Country (of organization),"
            + "Organization categorization (from Organization),Training compute (FLOP)";
    static final String CSV = String.join("\n", HEADER,
            "Alpha,Language,\"Language modeling,Chat\",NAVER,2022-01-01,Korea (Republic of),Industry,1e23",
            "Beta,\"Language,Multimodal,Vision\",\"Chat,Visual question answering\",OpenAI,2023-01-01,"
                    + "United States of America,Industry,2e23",
            "Gamma,Language,Language modeling/generation,\"Samsung,Stanford University\",2024-01-01,"
                    + "\"Korea (Republic of),United States of America\",\"Industry,Academia\",4e23",
            "Delta,\"Vision,Image generation\",Image generation,Alibaba,2024-06-01,China,Industry,",
            "Epsilon,Language,Language modeling,Alibaba,2024-03-01,China,Industry,8e23",
            "Zeta,Speech,Speech recognition,Mistral AI,2024-09-01,France,Industry,",
            "Theta,Language,Chat,Meta AI,2024-12-01,United States of America,Industry,2e23",
            "Eta,Language,,OpenAI,,United States of America,Industry,1e24");

    private TinyDataset() {
    }

    static NormalizedDataset data() {
        return parse(CSV);
    }

    static FunctionCatalog catalog() {
        return FunctionCatalog.of(data());
    }

    /** A catalogue over other rows in the same columns. */
    static FunctionCatalog catalog(String... rows) {
        return FunctionCatalog.of(parse(HEADER + "\n" + String.join("\n", rows)));
    }

    private static NormalizedDataset parse(String csv) {
        return NormalizedDataset.of(EpochCsv.parse("tiny.csv", csv.getBytes(StandardCharsets.UTF_8)), Edition.of("spri-2025"));
    }

    /** Calls a function of the catalogue; {@code null} arguments are blanks. */
    static FunctionResult call(FunctionCatalog catalog, String name, Object... args) {
        return catalog.find(name).orElseThrow().call(Arrays.asList(args));
    }
}
