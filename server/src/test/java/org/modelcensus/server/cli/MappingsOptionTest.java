package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;

class MappingsOptionTest {
    @Test
    void rejectsAMissingDirectoryNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        Cli r = Cli.run("tables", "--mappings", missing.toString());
        assertEquals(Census.BAD_INPUT, r.code());
        assertEquals("census: " + missing + ": --mappings: no such directory\n", r.err().replaceAll("(?m)^#.*\n", ""));
    }

    @Test
    void rejectsAMisspeltFileNameNamingItAndTheKnownNames(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.repoFile("functions/src/main/resources/mappings/country.csv"), dir.resolve("contry.csv"));
        Cli r = Cli.run("check", "--mappings", dir.toString());
        assertEquals(Census.BAD_INPUT, r.code());
        assertTrue(r.err().contains("contry.csv is not a mapping file; the names are country.csv, org_alias.csv"), r.err());
    }

    @Test
    void aMalformedMappingFileGivesItsLineAndNoJavaClassName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("task_group.csv"), "scope,task,group,note\n*,Chat,\"unclosed\n");
        Cli r = Cli.run("tables", "--mappings", dir.toString());
        assertEquals(Census.BAD_INPUT, r.code());
        String error = r.err().replaceAll("(?m)^#.*\n", "");
        assertEquals("census: " + dir.resolve("task_group.csv") + ", line 2: malformed mapping CSV: a quoted field is "
                + "not closed\n", error);
    }

    @Test
    void listsTheFilesItReplacesOnStandardError(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"task_group.csv", "country.csv"}) {
            Files.copy(Fixtures.repoFile("functions/src/main/resources/mappings/" + name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a CSV: ignored");
        Cli r = Cli.run("tables", "--mappings", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("# --mappings " + dir + " replaces: country.csv, task_group.csv\n"), r.err());
    }
}
