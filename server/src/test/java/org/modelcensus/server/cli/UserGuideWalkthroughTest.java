package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

/**
 * The user guide's import walk-through, English and Korean, run as written: its shell block in order, by
 * bash, in an empty directory beside {@code ../shared}, with {@code ./census} the command line of this
 * build (in the guide's language), and the output the guide quotes compared with what the commands printed.
 */
class UserGuideWalkthroughTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({"docs/user-guide.md, ## The import workflow, C.UTF-8", "docs/ko/user-guide.md, ## 가져오기 흐름, ko_KR.UTF-8"})
    void theImportWalkthroughRunsInOrderAndPrintsWhatTheGuideShows(String guide, String heading, String lang)
            throws IOException, InterruptedException {
        RealSnapshots.path(RealSnapshots.JULY_2024);
        List<String> lines = Files.readAllLines(Fixtures.repoFile(guide), StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, guide + " has no heading " + heading);
        int open = lines.subList(at, lines.size()).indexOf("```sh") + at;
        List<String> script = block(lines, open, "```sh");
        // The first plain block after the script's closing fence: the output the guide quotes.
        List<String> shown = block(lines, open + script.size() + 2, "```");
        assertTrue(script.stream().filter(l -> l.startsWith("./census ")).count() >= 5, "the walk-through: " + script);
        assertTrue(shown.size() >= 8 && shown.get(0).contains("7e6faa7d"), guide + ": the quoted import output: " + shown);

        Path repo = Files.createDirectories(work.resolve("repo"));
        Files.createSymbolicLink(work.resolve("shared"), RealSnapshots.sharedDir().toAbsolutePath());
        for (String dir : List.of("functions", "corrections")) {
            Files.createSymbolicLink(repo.resolve(dir), Fixtures.repoFile(dir).toAbsolutePath());
        }
        Path census = repo.resolve("census");
        Files.writeString(census, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + Census.class.getName() + " \"$@\"\n");
        census.toFile().setExecutable(true);
        Path sh = work.resolve("walkthrough.sh");
        Files.writeString(sh, "set -eu\n" + String.join("\n", script) + "\n");

        ProcessBuilder pb = new ProcessBuilder("bash", sh.toString()).directory(repo.toFile())
                .redirectError(work.resolve("err.txt").toFile());
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_MESSAGES");
        pb.environment().put("LANG", lang);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the walk-through did not finish");
        assertEquals(0, p.exitValue(), guide + ": the walk-through stopped:\n" + Files.readString(work.resolve("err.txt")));
        assertTrue(masked(out).contains(masked(String.join("\n", shown))), guide + " shows\n" + String.join("\n", shown)
                + "\nbut the commands printed\n" + out);
        assertTrue(Files.isRegularFile(repo.resolve("spri-2025.xlsx")), "the last step writes the workbook");
    }

    /** The lines of the first code block opened by {@code fence} after line {@code from}. */
    private static List<String> block(List<String> lines, int from, String fence) {
        int start = from;
        while (!lines.get(start).equals(fence)) {
            start++;
        }
        List<String> out = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).startsWith("```"); i++) {
            out.add(lines.get(i));
        }
        return out;
    }

    /** The import time differs from run to run. */
    private static String masked(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", "TIME");
    }
}
