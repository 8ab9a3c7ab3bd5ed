package org.modelcensus.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.RealSnapshots;

/**
 * The outputs analysts read follow the locale: a real process started with {@code LANG=ko_KR.UTF-8}
 * prints Korean, {@code --lang en} English; in-process, {@code --lang ko} Korean whatever the locale.
 */
class KoreanOutputTest {
    private static final String KO = "ko_KR.UTF-8";

    @TempDir
    Path work;

    @Test
    void unmappedFollowsAKoreanLocale() throws Exception {
        Run ko = census(KO, "unmapped", "--report", "spri-2025");
        assertEquals(0, ko.code, ko.err);
        assertTrue(ko.out.contains("매핑되지 않은 값"), ko.out);
        assertFalse(ko.out.contains("unmapped value"), ko.out);
        Run en = census(KO, "unmapped", "--report", "spri-2025", "--lang", "en");
        assertTrue(en.out.contains("unmapped value"), en.out);
        assertFalse(en.out.contains("매핑되지 않은 값"), en.out);
        Run c = census("C.UTF-8", "unmapped", "--report", "spri-2025");
        assertTrue(c.out.contains("unmapped value"), c.out);
    }

    @Test
    void checkFollowsAKoreanLocale() throws Exception {
        Run ko = census(KO, "check", "--report", "spri-2025", "--data",
                RealSnapshots.path(RealSnapshots.MAY_2025).toString());
        assertEquals(0, ko.code, ko.err);
        assertTrue(ko.out.contains("spri-2025: 인쇄된 셀 360 / 453 일치"), ko.out.substring(0, Math.min(2000, ko.out.length())));
        assertTrue(ko.out.contains("\n합계: 셀 "), "the totals line");
        assertTrue(ko.out.contains("\n하나의 세계: 시나리오 "), "the one-world line");
        assertTrue(ko.out.contains("    상태: 미설명 (unexplained)"), "statuses in the Checks sheet's words");
        assertFalse(ko.out.contains("printed cells equal\n"), "no English score line");
        Run draft = census(KO, "check", "--report", "spri-2026");
        assertTrue(draft.out.contains("spri-2026: 아직 인쇄값이 없습니다"), draft.out);
    }

    @Test
    void driftFollowsAKoreanLocale() throws Exception {
        Run ko = census(KO, "drift", RealSnapshots.path(RealSnapshots.JULY_2024).toString(),
                RealSnapshots.path(RealSnapshots.MAY_2025).toString(), "--report", "spri-2024");
        assertEquals(0, ko.code, ko.err);
        assertTrue(ko.out.contains("값이 달라진 셀"), ko.out.substring(0, Math.min(2000, ko.out.length())));
        assertTrue(ko.out.contains("데이터베이스에 추가됨"), "the reasons' legend is Korean");
        assertTrue(ko.out.contains("  +1 YaYi 2.0: added(데이터베이스에 추가됨): not in A"), "each model line names its reason in Korean");
        assertFalse(ko.out.contains("cells differ"));
    }

    @Test
    void editionsDiffAndImportSpeakKoreanWithLangKo() throws IOException {
        Cli editions = Cli.run("editions", "--lang", "ko");
        assertTrue(editions.out().contains("제목") && editions.out().contains("아니오"), editions.out());
        String guide = java.nio.file.Files.readString(org.modelcensus.functions.Fixtures.repoFile("docs/ko/user-guide.md"));
        assertTrue(guide.contains(editions.out().strip()), "docs/ko/user-guide.md quotes editions as it prints:\n" + editions.out());
        String a = RealSnapshots.path(RealSnapshots.JULY_2024).toString();
        String b = RealSnapshots.path(RealSnapshots.MAY_2025).toString();
        Cli diff = Cli.run("diff", a, b, "--lang", "ko");
        assertTrue(diff.out().contains("링크로") && diff.out().contains("추가 ("), diff.err());
        String store = work.resolve("store").toString();
        Cli first = Cli.run("import", a, "--store", store, "--lang", "ko");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("스키마 세대") && first.out().contains("저장소의 첫 스냅샷"), first.out());
        Cli second = Cli.run("import", b, "--store", store, "--lang", "ko");
        assertTrue(second.out().contains("이후 변경") && second.out().contains("모델 추가"), second.out());
    }

    @Test
    void aUtf8LocaleWritesUtf8EvenWhereItIsNotInstalled() {
        assertEquals(StandardCharsets.UTF_8, Lang.terminalCharset(Map.of("LANG", KO)));
        assertEquals(StandardCharsets.UTF_8, Lang.terminalCharset(Map.of("LC_ALL", "en_US.utf8", "LANG", "C")));
    }

    @Test
    void langTakesOnlyKoOrEn() {
        Cli r = Cli.run("editions", "--lang", "fr");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--lang takes ko or en"), r.err());
    }

    private record Run(int code, String out, String err) {
    }

    /** {@code census ARGS} as its own JVM, with {@code LANG} set and the other locale variables unset. */
    private Run census(String lang, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Census.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(work.resolve("err.txt").toFile());
        Map<String, String> env = pb.environment();
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.put("LANG", lang);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "census " + String.join(" ", args) + " did not finish");
        return new Run(p.exitValue(), out, java.nio.file.Files.readString(work.resolve("err.txt")));
    }
}
