package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class UnmappedCommandTest {
    private static String may() {
        return RealSnapshots.path(RealSnapshots.MAY_2025).toString();
    }

    @Test
    void listsValuesToClassifyWithTheirMappingFileCountAndExample() {
        Cli r = Cli.run("unmapped", "--data", may(), "--report", "spri-2025");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\n  task_group\\.csv +Mathematical reasoning +8 models, e\\.g\\. Qwen3-235B-A22B\n.*"),
                r.out());
        assertTrue(r.out().contains("Cosmos-1.0- Diffusion-14B Video2World"), "names are shown on one line");
    }

    @Test
    void flagsAMultiCountryOrganisationOnceItsRuleIsOverridden(@TempDir Path dir) {
        Fixtures.write(dir, "org_country.csv", "scope,organization,countries,rule,evidence");
        Cli r = Cli.run("unmapped", "--data", may(), "--report", "spri-2025", "--mappings", dir.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("kind,file,value,models,example,epoch_countries\n"), r.out());
        assertTrue(r.out().contains("\norg_country,org_country.csv,IBM Research,1,Granite 20B,\"United States of America, Multinational\"\n"),
                r.out());
    }
}
