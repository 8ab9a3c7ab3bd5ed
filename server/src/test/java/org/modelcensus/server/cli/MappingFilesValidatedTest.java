package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --mappings} files are checked as strictly as Epoch's: a byte that is not UTF-8, a NUL, a key
 * on two rows, or a wrong header is exit 2 with one line naming the file and line (they once ran with exit 0).
 */
class MappingFilesValidatedTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "invalid UTF-8 | BAD_UTF8 | :3:8: | 0xFF is not UTF-8",
        "a NUL byte | NUL | :3:8: | NUL byte",
        "a key twice | TWICE | :4: | task 'Chat' of scope '*' is also on line 3",
        "a header without 'task' | HEADER | :1: | lacks column 'task'",
        "a column named twice | HEADER_TWICE | :1:4: | the header names 'group' twice",
    })
    void refusesAnOddMappingFileWithFileAndLine(String what, String kind, String where, String message, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("task_group.csv");
        Files.write(file, content(kind));
        Cli r = Cli.run("tables", "--mappings", dir.toString());
        assertEquals(Census.BAD_INPUT, r.code(), what + ": " + r.err());
        String line = r.err().lines().filter(l -> l.startsWith("census: ")).findFirst().orElse(r.err());
        String located = line.replace(file + ", line ", file + ":").replace(", column ", ":");
        assertTrue(located.contains(file + where), what + ": " + line);
        assertTrue(line.contains(message), what + ": " + line);
        assertFalse(r.err().contains("\tat "), r.err());
    }

    private static byte[] content(String kind) {
        String header = "scope,task,group,note\n*,Language modeling,언어 모델링/생성(Language Modeling/Generation),\n";
        return switch (kind) {
            case "BAD_UTF8" -> concat(header + "*,Chat,", new byte[] {(byte) 0xff}, ",\n");
            case "NUL" -> concat(header + "*,Chat,", new byte[] {0}, ",\n");
            case "TWICE" -> (header + "*,Chat,대화,\n*,Chat,챗,\n").getBytes(StandardCharsets.UTF_8);
            case "HEADER" -> "scope,tsak,group,note\n*,Chat,대화,\n".getBytes(StandardCharsets.UTF_8);
            case "HEADER_TWICE" -> "scope,task,group,group\n*,Chat,대화,챗\n".getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static byte[] concat(String head, byte[] odd, String tail) {
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[a.length + odd.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(odd, 0, out, a.length, odd.length);
        System.arraycopy(c, 0, out, a.length + odd.length, c.length);
        return out;
    }
}
