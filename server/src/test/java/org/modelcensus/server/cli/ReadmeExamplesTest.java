package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.Fixtures;
import org.modelcensus.functions.RealSnapshots;

/**
 * Runs every {@code ./census} example of README.md and README.ko.md (code blocks and the command table) in
 * the order written, in-process, as from the repository root; outputs go to a temporary directory, and what
 * they would write in the clone is ignored by git.
 */
class ReadmeExamplesTest {
    /** Long-running or minutes-long commands: only their arguments are parsed (serve runs until stopped; bench takes minutes). */
    private static final Set<String> PARSE_ONLY = Set.of("serve", "bench", "bench-workbook");
    /** Options naming files the command writes: resolved in the temporary directory, never in the clone. */
    private static final Set<String> OUTPUTS = Set.of("--store", "--out");
    private static final Set<String> INPUTS = Set.of("--corrections", "--edition", "--mappings", "--token-file", "--orgs");
    private static final Pattern WRITTEN = Pattern.compile("\\./census [^`\\n]*?(--out|--store) ([^\\s`]+)");
    private static final Pattern TABLE_EXAMPLE = Pattern.compile("^\\|.*\\| `(\\./census [^`]+)` \\|\\s*$");

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({"README.md, 17", "README.ko.md, 12"})
    void everyExampleOfTheReadmeExitsZero(String readme, int atLeast) throws IOException {
        assumeTrue(Files.isDirectory(RealSnapshots.sharedDir()), "../shared/epoch/ is not beside the clone");
        List<String> examples = examples(Files.readAllLines(Fixtures.repoFile(readme), StandardCharsets.UTF_8));
        assertTrue(examples.size() >= atLeast, "found only " + examples);
        for (String example : examples) {
            String[] args = args(example);
            if (PARSE_ONLY.contains(args[0])) {
                Census.commandLine(args).parseArgs(args);
                continue;
            }
            Cli r = Cli.run(args);
            assertEquals(0, r.code(), example + "\n" + r.err());
        }
    }

    /** Run by hand in the clone, the examples leave no untracked file: what they write is in .gitignore. */
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "README.ko.md", "docs/user-guide.md", "docs/ko/user-guide.md",
        "docs/auditing-guide.md", "docs/ko/auditing-guide.md"})
    void everyFileAnExampleWritesIsIgnoredByGit(String readme) throws IOException, InterruptedException {
        Path root = Fixtures.repoFile("README.md").getParent();
        assumeTrue(Files.isDirectory(root.resolve(".git")), "not a git clone");
        List<String> written = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.repoFile(readme), StandardCharsets.UTF_8)) {
            Matcher m = WRITTEN.matcher(line);
            while (m.find()) {
                if (!m.group(2).startsWith("/")) {
                    written.add(m.group(2));
                }
            }
        }
        assertTrue(!written.isEmpty(), readme + ": no --out or --store found");
        for (String path : written) {
            Process git = new ProcessBuilder("git", "check-ignore", "-q", path).directory(root.toFile()).start();
            assertEquals(0, git.waitFor(), readme + ": " + path + " (written by an example) is not in .gitignore");
        }
    }

    @Test
    void theFirstCommandSaysItRanOnTheSampleAndHowToRunTheRealCheck() throws IOException {
        String first = examples(Files.readAllLines(Fixtures.repoFile("README.md"), StandardCharsets.UTF_8)).get(0);
        assertEquals("./census check --report spri-2025", first);
        Cli r = Cli.run(args(first));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("SAMPLE DATA"), r.out());
        assertTrue(r.out().contains(CheckCommand.REAL_CHECK_HINT), r.out());
        assertTrue(r.out().lines().count() < 30, r.out());
    }

    /** The commands of code blocks (without trailing comments) and of the command table's example column, in order. */
    static List<String> examples(List<String> readme) {
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : readme) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock && line.startsWith("./census ")) {
                out.add(line.replaceFirst("\\s+#.*$", "").strip());
            } else if (!inBlock) {
                Matcher m = TABLE_EXAMPLE.matcher(line);
                if (m.matches()) {
                    out.add(m.group(1).strip());
                }
            }
        }
        return out;
    }

    /** The arguments after {@code ./census}, paths resolved as a shell in the repository root would. */
    private String[] args(String example) {
        List<String> words = Arrays.asList(example.substring("./census ".length()).split("\\s+"));
        String[] args = new String[words.size()];
        for (int i = 0; i < args.length; i++) {
            String option = i == 0 ? "" : words.get(i - 1);
            args[i] = resolve(option, words.get(i));
        }
        return args;
    }

    private String resolve(String option, String word) {
        if (OUTPUTS.contains(option)) {
            return work.resolve(word).toString();
        }
        boolean path = INPUTS.contains(option) || (word.contains("/") && !word.contains("://"));
        return path && !word.startsWith("-") ? Fixtures.repoFile(word).toString() : word;
    }
}
