package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.dataset.BadInputException;

/** Organisation identity (aliases) and organisation types (snapshot column, org_category.csv, --orgs). */
class OrganisationsTest {
    private static final Edition SPRI_2025 = Edition.of("spri-2025");

    private static NormalizedModel only(Csv2025 csv, Mappings mappings) {
        return new Normalizer(mappings).normalize(csv.snapshot()).models().get(0);
    }

    private static OrgCategories orgsExport(Path dir, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = "Model,Organization,Organization categorization,Publication date";
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return OrgCategories.read(Fixtures.write(dir, "all_ai_models.csv", lines), OrgAliases.builtIn());
    }

    @Test
    void takesTheSnapshotsOwnCategorizationFirst() {
        var m = only(new Csv2025().model("X", "Language", "Chat", "Zhipu AI", "2024-01-01", "China", "Academia"),
                Mappings.builtIn(SPRI_2025));
        assertEquals(List.of("학계(Academia)"), m.orgTypes());
    }

    @Test
    void typesEachOrganisationFromTheMappingWhenTheSnapshotGivesNone() {
        var m = only(new Csv2025().model("X", "Language", "Chat", "Zhipu AI,Tsinghua University", "2024-01-01",
                "China", ""), Mappings.builtIn(SPRI_2025));
        assertEquals(List.of("산업계(Industry)", "학계(Academia)"), m.orgTypes());
    }

    @Test
    void fallsBackToTheOrgsExportForOrganisationsTheMappingDoesNotType(@TempDir Path dir) {
        OrgCategories orgs = orgsExport(dir, "A,Brand New Lab,Government,2025-01-01",
                "B,\"Brand New Lab,Zhipu AI\",\"Academia,Academia\",2025-01-02");
        Csv2025 csv = new Csv2025().model("X", "Language", "Chat", "Brand New Lab,Zhipu AI", "2025-03-01", "China", "");
        assertEquals(List.of("산업계(Industry)"), only(csv, Mappings.builtIn(SPRI_2025)).orgTypes());
        var m = only(csv, Mappings.load(SPRI_2025, null, orgs));
        assertEquals(List.of("정부/공공(Government)", "산업계(Industry)"), m.orgTypes(),
                "a sole-organisation row beats an aligned one, and the mapping beats the export");
    }

    @Test
    void readsTypesOfAlignedRowsAndResolvesAliasesInTheOrgsExport(@TempDir Path dir) {
        OrgCategories orgs = orgsExport(dir, "A,\"Z.ai (Zhipu AI),Lab Two\",\"Industry,Academia\",2025-01-01",
                "B,\"Lab Three,Lab Four\",Academia,2025-01-01");
        assertEquals(Optional.of(List.of("Industry")), orgs.of("Zhipu AI"));
        assertEquals(Optional.of(List.of("Academia")), orgs.of("Lab Two"));
        assertEquals(Optional.empty(), orgs.of("Lab Three"), "lists of different lengths tell nothing");
    }

    @Test
    void rejectsAnOrgsFileWithoutTheCategorizationColumn(@TempDir Path dir) {
        Path file = Fixtures.write(dir, "x.csv", "Model,Organization", "A,OpenAI");
        BadInputException e = assertThrows(BadInputException.class, () -> OrgCategories.read(file, OrgAliases.builtIn()));
        assertTrue(e.getMessage().contains("Organization categorization"), e.getMessage());
    }

    @Test
    void resolvesARenamedOrganisationBeforeEveryLookup() {
        var m = only(new Csv2025().model("GLM-5", "Language", "Chat", "Z.ai (Zhipu AI)", "2025-06-01", "China", ""),
                Mappings.builtIn(SPRI_2025));
        assertEquals(List.of("Zhipu AI"), m.organizations());
        assertEquals(List.of("Zhipu AI"), m.developers());
        assertEquals(List.of("산업계(Industry)"), m.orgTypes());
        assertEquals("Zhipu AI", OrgAliases.builtIn().resolve("Z.ai (Zhipu AI)"));
    }

    @Test
    void countsAnOrganisationListedUnderBothNamesOnce() {
        var m = only(new Csv2025().model("X", "Language", "Chat", "Zhipu AI,Z.ai (Zhipu AI)", "2025-06-01", "China",
                "Industry,Industry"), Mappings.builtIn(SPRI_2025));
        assertEquals(List.of("Zhipu AI"), m.developers());
        assertTrue(!m.joint());
    }

    @Test
    void rejectsAnAliasThatPointsToAnotherAlias(@TempDir Path dir) {
        Fixtures.write(dir, OrgAliases.FILE, "alias,organization,evidence", "A,B,x", "B,C,y");
        BadInputException e = assertThrows(BadInputException.class, () -> OrgAliases.load(dir));
        assertTrue(e.getMessage().contains("org_alias.csv") && e.line() == 2, e.getMessage());
    }

    @Test
    void rejectsAnOrganisationCategoryThatOrgTypeDoesNotKnow(@TempDir Path dir) {
        Fixtures.write(dir, "org_category.csv", "scope,organization,categorization,evidence", "*,Acme,Startup,x");
        BadInputException e = assertThrows(BadInputException.class, () -> Mappings.load(SPRI_2025, dir));
        assertTrue(e.getMessage().contains("Startup"), e.getMessage());
    }

    @Test
    void groupsThe2026SpeechRecognitionLabelWithSpeechRecognition() {
        Mappings m = Mappings.builtIn(SPRI_2025);
        assertEquals(m.taskGroup("Speech recognition"), m.taskGroup("Speech recognition (ASR)"));
        assertEquals(Optional.of("음성 인식(Audio Speech Recognition)"), m.taskGroup("Speech recognition (ASR)"));
        var model = only(new Csv2025().model("W", "Speech", "Speech recognition (ASR),Speech recognition", "OpenAI",
                "2024-01-01", "United States of America", "Industry"), m);
        assertEquals(List.of("음성 인식(Audio Speech Recognition)"), model.taskGroups());
    }

    @Test
    void labelsEachValueOfAMultiValuedHardwareCell() {
        assertEquals("NVIDIA A100 SXM4, NVIDIA H100 SXM5",
                Mappings.builtIn(SPRI_2025).hardwareLabel("NVIDIA A100 SXM4 80 GB,NVIDIA H100 SXM5 80GB"));
        assertEquals("Acme X1,Acme X2", Mappings.builtIn(SPRI_2025).hardwareLabel("Acme X1,Acme X2"));
    }
}
