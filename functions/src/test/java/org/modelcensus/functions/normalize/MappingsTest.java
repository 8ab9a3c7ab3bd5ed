package org.modelcensus.functions.normalize;

import org.modelcensus.functions.edition.Edition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.dataset.BadInputException;

class MappingsTest {
    @ParameterizedTest
    @MethodSource("org.modelcensus.functions.edition.Edition#builtIns")
    void loadsEveryBuiltInMappingFileForEachEdition(Edition edition) {
        Mappings m = Mappings.builtIn(edition);
        for (String file : Mappings.FILES) {
            assertTrue(m.appliedRows().stream().anyMatch(r -> r.file().equals(file)), file + " has rows in force");
        }
        assertEquals("KR", m.country("Korea (Republic of)").orElseThrow().code());
        assertEquals("Google", m.parent("Google DeepMind"));
        assertEquals(Mappings.MULTIMODAL_MARK, m.domainGroup("Multimodal").orElseThrow());
    }

    @Test
    void letsAnEditionScopedRowOverrideAGeneralOne() {
        assertEquals("코드 생성(Code Generation)", Mappings.builtIn(Edition.of("spri-2024")).taskGroup("Code generation").orElseThrow());
        assertEquals("코드 생성/자동완성(Code Generation/Autocompletion)",
                Mappings.builtIn(Edition.of("spri-2025")).taskGroup("Code generation").orElseThrow());
        assertEquals(List.of(), Mappings.builtIn(Edition.of("spri-2024")).orgCountries("BigScience").orElseThrow());
        assertEquals(List.of("France"), Mappings.builtIn(Edition.of("spri-2025")).orgCountries("BigScience").orElseThrow());
    }

    @Test
    void readsTheCountingRules() {
        Rules rules = Mappings.builtIn(Edition.of("spri-2025")).rules();
        assertTrue(rules.domainGroupsSummed());
        assertFalse(rules.taskGroupsSummed());
        assertTrue(rules.nTasksByGroup());
    }

    @Test
    void replacesABuiltInFileWithTheOverrideDirectorysFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rules.csv"), "scope,rule,value,note\n*,domain_merge_count,distinct,test\n");
        assertFalse(Mappings.load(Edition.of("spri-2025"), dir).rules().domainGroupsSummed());
    }

    @Test
    void rejectsAnUnknownScopeNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("task_group.csv"), "scope,task,group,note\n*,Chat,채팅(Chat),\nspri-2099,X,Y,\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Mappings.load(Edition.of("spri-2025"), dir));
        assertTrue(e.source().endsWith("task_group.csv"));
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("spri-2099"), e.getMessage());
    }

    @Test
    void rejectsACountryRuleNamingAnUnknownCountry(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("org_country.csv"), "scope,organization,countries,rule,evidence\n*,Acme,Atlantis,x,y\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Mappings.load(Edition.of("spri-2025"), dir));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("Atlantis"));
    }

    @Test
    void rejectsAFileWithoutARequiredColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("org_type.csv"), "scope,categorization\n*,Industry\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Mappings.load(Edition.of("spri-2024"), dir));
        assertTrue(e.problem().contains("label"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownRuleValue(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rules.csv"), "scope,rule,value,note\n*,task_merge_count,average,x\n");
        BadInputException e = assertThrows(BadInputException.class, () -> Mappings.load(Edition.of("spri-2024"), dir));
        assertTrue(e.problem().contains("average"));
    }
}
