package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

class UnmappedCommandTest {
    private static String may() {
        return RealSnapshots.path(RealSnapshots.MAY_2025).toString();
    }

    /** The May 2025 snapshot with task_group.csv emptied: every task is unmapped. */
    private static Path noTaskGroups(Path dir) {
        Fixtures.write(dir, "task_group.csv", "scope,task,group,note");
        return dir;
    }

    @Test
    void listsValuesToClassifyWithTheirMappingFileCountAndExampleAndEndsWithACountLine(@TempDir Path dir) {
        Cli r = Cli.run("unmapped", "--data", may(), "--report", "spri-2025", "--mappings", noTaskGroups(dir).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\n  task_group\\.csv +Mathematical reasoning +8 models, e\\.g\\. Qwen3-235B-A22B\n.*"),
                r.out());
        assertTrue(r.out().contains("Cosmos-1.0- Diffusion-14B Video2World"), "names are shown on one line");
        assertTrue(r.out().matches("(?s).*\n\\d+ unmapped values\n"), r.out());
    }

    @Test
    void exitsTwoUnderStrictOnlyWhenSomethingIsUnmapped(@TempDir Path dir) {
        Cli clean = Cli.run("unmapped", "--data", may(), "--report", "spri-2025", "--strict");
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertTrue(clean.out().endsWith("\n0 unmapped values\n"), clean.out());
        Cli dirty = Cli.run("unmapped", "--data", may(), "--report", "spri-2025", "--strict", "--mappings",
                noTaskGroups(dir).toString());
        assertEquals(2, dirty.code(), dirty.err());
    }

    @Test
    void flagsAMultiCountryOrganisationOnceItsRuleIsOverridden(@TempDir Path dir) {
        Fixtures.write(dir, "org_country.csv", "scope,organization,countries,rule,evidence");
        Cli r = Cli.run("unmapped", "--data", may(), "--report", "spri-2025", "--mappings", dir.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("kind,file,value,models,example,detail\n"), r.out());
        assertTrue(r.out().contains("\norg_country,org_country.csv,IBM Research,1,Granite 20B,\"United States of America, Multinational\"\n"),
                r.out());
    }

    @Test
    void tablesWarnInOneLineAndStrictExitsTwoWithoutOutput(@TempDir Path dir) {
        String mappings = noTaskGroups(dir).toString();
        Cli warned = Cli.run("tables", "--data", may(), "--report", "spri-2025", "--mappings", mappings);
        assertEquals(0, warned.code(), warned.err());
        assertTrue(warned.err().matches("(?s)# --mappings .* replaces: task_group.csv\n# \\d+ unmapped task labels reach \\d+ models of 2020-2025: run census unmapped\n.*"),
                warned.err());
        Cli strict = Cli.run("tables", "--data", may(), "--report", "spri-2025", "--mappings", mappings, "--strict");
        assertEquals(2, strict.code());
        assertEquals("", strict.out());
        Cli clean = Cli.run("check", "--data", may(), "--report", "spri-2025", "--strict");
        assertEquals(0, clean.code(), clean.err());
        assertFalse(clean.err().contains("unmapped"), clean.err());
    }

    @Test
    void typesOrganisationsFromAnOrgsExport(@TempDir Path dir) throws Exception {
        Path data = Fixtures.write(dir, "s.csv", Fixtures.HEADER_2025,
                "New LM,2024-05-01,Brand New Lab,Finland,Language,Chat,,,,,");
        Cli untyped = Cli.run("unmapped", "--data", data.toString(), "--report", "spri-2025", "--format", "csv");
        assertTrue(untyped.out().contains("org_category,org_category.csv,Brand New Lab,1,New LM,"), untyped.out());
        Path orgs = Files.writeString(dir.resolve("all.csv"),
                "Model,Organization,Organization categorization\nOld LM,Brand New Lab,Academia\n");
        Cli typed = Cli.run("tables", "--data", data.toString(), "--report", "spri-2025", "--orgs", orgs.toString());
        assertEquals(0, typed.code(), typed.err());
        assertTrue(typed.out().contains("T7,학계(Academia),2024,1"), typed.out());
    }
}
