package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modelcensus.functions.check.Cause;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.check.PrintedFigure;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.run.Run;
import org.modelcensus.server.tables.CheckJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Compare every computed cell with the figure the report printed; each "
        + "differing cell is explained (a cause of the edition's ledger verifies) or unexplained.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    DataOptions options;

    private static final int MAX_MODELS_SHOWN = 40;

    /** How to run the real check, shown instead of the differing cells when the check ran on the sample. */
    static final String REAL_CHECK_HINT_KO = "견본 데이터의 개수는 보고서의 것이 아니므로 차이는 아무 의미가 없습니다: 실제 대조는 "
            + "--data FILE|URL (Epoch의 CSV, 예: --data https://epoch.ai/data/large_scale_ai_models.csv)로 실행하세요. "
            + "--verbose는 견본의 차이 셀도 보여 줍니다";
    static final String REAL_CHECK_HINT = "the sample's counts are not the report's, so its differences say nothing: "
            + "run the real check with --data FILE|URL (Epoch's CSV, e.g. --data "
            + "https://epoch.ai/data/large_scale_ai_models.csv); --verbose lists the sample's differing cells anyway";

    @Option(names = {"--verbose", "--all"}, description = "list every differing cell even on the bundled sample")
    boolean verbose;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--ledger", paramLabel = "FILE", description = "explanation ledger CSV "
            + "(table,row,column,kind,models,evidence,strength,hypothesis) instead of the edition's built-in "
            + "ledger/<edition>.csv; hypothesis files are looked for in hypotheses/ beside it first")
    Path ledgerFile;

    @Option(names = "--min-strength", paramLabel = "strong|medium|weak|speculative", defaultValue = "speculative",
            description = "count cells explained only by weaker causes as unexplained (default: ${DEFAULT-VALUE})")
    String minStrength;

    @Mixin
    Lang lang;

    @Spec
    CommandSpec spec;

    private Cause.Strength floor() {
        String v = minStrength.strip().toLowerCase(Locale.ROOT);
        for (Cause.Strength s : Cause.Strength.values()) {
            if (s.id().equals(v)) {
                return s;
            }
        }
        throw new ParameterException(spec.commandLine(), "--min-strength takes strong, medium, weak or speculative, not '"
                + minStrength + "'");
    }

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        Formats.require(f, "text", "json");
        Cause.Strength floor = floor();
        int unmapped = options.warnUnmapped(spec.commandLine().getErr());
        if (unmapped != 0) {
            return unmapped;
        }
        var out = spec.commandLine().getOut();
        boolean json = f.equals("json");
        if (!json) {
            out.println(options.provenanceLine());
        }
        options.printNotes(json ? spec.commandLine().getErr() : out);
        Run run = options.run(ledgerFile);
        if (options.edition().publishedFigures().isEmpty()) {
            String none = options.edition().id() + lang.text(": 아직 인쇄값이 없습니다 (발간 전 판): 대조할 것이 없습니다. 계산된 셀은 "
                    + "census tables --report " + options.edition().id() + "가 보여 줍니다",
                    ": no printed figures yet (the edition is not published); nothing to check. census tables --report "
                    + options.edition().id() + " lists the computed cells");
            (json ? spec.commandLine().getErr() : out).println(none);
            if (json) {
                Check empty = new Check(options.edition().id(), List.of(), run.ledger().source());
                CheckJson.write(CheckJson.document(empty, null, options.dataName(), options.corrected(),
                        options.snapshot().provenance()), out);
            }
            return 0;
        }
        Check check = run.check();
        Check without = options.corrected().isEmpty() ? null
                : Check.of(run.uncorrected().report(), PublishedFigures.builtIn());
        if (json) {
            CheckJson.write(CheckJson.document(check, without, options.dataName(), options.corrected(),
                    options.snapshot().provenance()), out);
            out.flush();
            return 0;
        }
        out.printf(lang.text("%s: 인쇄된 셀 %2$d / %3$d 일치 (%2$d / %3$d printed cells equal)%n", "%s: %d / %d printed cells equal%n"),
                check.edition(), check.equal(), check.printed());
        for (Check.TableScore t : check.tables()) {
            out.printf("  %-8s %3d / %3d%n", t.table(), t.equal(), t.printed());
        }
        out.println(lang.korean() ? totalsLineKo(check, floor) : totalsLine(check, floor));
        out.println(lang.korean() ? worldLineKo(check) : worldLine(check));
        if (options.snapshot().provenance().sample() && !verbose) {
            out.println(lang.text(REAL_CHECK_HINT_KO, REAL_CHECK_HINT));
            return 0;
        }
        printDifferences(out, check);
        printWorld(out, check);
        List<PrintedFigure> outOfScope = PublishedFigures.builtIn().outOfScope(options.edition());
        out.println(lang.text("범위 밖 본문 수치 (어떤 데이터로도 뒷받침할 수 없음): ",
                "numbers of the report text out of scope (no data can back them): ") + outOfScope.size());
        for (PrintedFigure o : outOfScope) {
            out.println("  " + o.published() + " in \"" + o.sentence() + "\": " + o.note());
        }
        if (without != null) {
            printSideEffects(out, Check.sideEffects(without, check));
        }
        return 0;
    }

    /**
     * E.g. {@code totals: 453 cells: 382 equal, 40 explained, 31 unexplained (ledger ...); explained by their weakest
     * cause: 15 strong, 8 medium, ...; printed numbers 300:
     * ...; blanks read as 0 127: ...}.
     */
    static String totalsLine(Check check) {
        return totalsLine(check, Cause.Strength.SPECULATIVE);
    }

    /** As above, explained cells weaker than {@code floor} counted as unexplained (named when not speculative). */
    static String totalsLine(Check check, Cause.Strength floor) {
        StringBuilder strengths = new StringBuilder();
        check.explainedByStrength().forEach((s, n) -> strengths.append(strengths.length() == 0 ? "" : ", ").append(n)
                .append(' ').append(s.id()));
        StringBuilder floors = new StringBuilder();
        check.totalsByFloor().forEach((s, t) -> floors.append(floors.length() == 0 ? "" : ", ").append(s.id()).append(' ')
                .append(t.unexplained()));
        return "totals" + (floor == Cause.Strength.SPECULATIVE ? "" : " (causes at least " + floor.id() + ")") + ": "
                + counts(check.totals(floor)) + " (ledger " + check.ledger() + "); explained by their weakest cause: "
                + strengths + "; unexplained at each strength floor: " + floors + "; printed numbers "
                + counts(check.totals("printed")) + "; blanks read as 0 " + counts(check.totals("blankAsZero"));
    }

    /** The Korean {@link #totalsLine(Check, Cause.Strength)}: the counts of every cell and at each strength floor. */
    static String totalsLineKo(Check check, Cause.Strength floor) {
        StringBuilder floors = new StringBuilder();
        check.totalsByFloor().forEach((s, t) -> floors.append(floors.length() == 0 ? "" : ", ").append(s.id()).append(' ')
                .append(t.unexplained()));
        Check.Totals t = check.totals(floor);
        return "합계" + (floor == Cause.Strength.SPECULATIVE ? "" : " (원인 강도 " + floor.id() + " 이상)") + ": 셀 " + t.cells()
                + "개 중 일치 " + t.equal() + " (" + t.equalPercent() + " %), 설명됨 " + t.explained() + ", 미설명 "
                + t.unexplained() + " (원장 " + check.ledger() + "); 강도 하한별 미설명: " + floors;
    }

    /** The Korean {@link #worldLine(Check)}. */
    static String worldLineKo(Check check) {
        Check.World w = check.world();
        return "하나의 세계: 시나리오 " + (w.scenario().isEmpty() ? "(없음)" : w.source() + " (" + String.join(" + ", w.scenario())
                + ")") + "; 데이터에서는 같지만 시나리오가 깨는 셀 " + w.broken().size() + "개; 대안 " + w.alternatives().size()
                + "개 (세지 않음); 아무것도 설명하지 않는 시나리오 원인 " + w.withoutEffect().size() + "개";
    }

    /** E.g. {@code one world: scenario ledger/spri-2024-scenario.csv (2 files); 0 cells broken, 2 alternatives}. */
    static String worldLine(Check check) {
        Check.World w = check.world();
        return "one world: scenario " + (w.scenario().isEmpty() ? "(none)" : w.source() + " (" + String.join(" + ", w.scenario())
                + ")") + "; " + w.broken().size() + (w.broken().size() == 1 ? " cell" : " cells") + " equal on the data "
                + "broken by it; " + w.alternatives().size() + " alternatives (never counted); " + w.withoutEffect().size()
                + " scenario causes explain nothing";
    }

    private void printWorld(PrintWriter out, Check check) {
        Check.World w = check.world();
        w.scenarioNotes().forEach(n -> out.println(lang.text("시나리오: ", "scenario: ") + n));
        for (CellKey k : w.broken()) {
            Check.CellResult c = check.cells().stream().filter(x -> x.key().equals(k)).findFirst().orElseThrow();
            out.printf(lang.text("시나리오가 깨는 셀: %s | %s | %s: 데이터 %s, 세계 %s, 인쇄 %s (%s)%n",
                    "broken by the scenario: %s | %s | %s: %s on the data, %s in the world, printed %s (%s)%n"), k.table(),
                    k.row(), k.column(), ComputedCell.format(c.computed()), ComputedCell.format(c.worldValue()),
                    printed(c), status(c.status()));
        }
        for (Check.Alternative a : w.alternatives()) {
            out.println(lang.text("대안 ", "alternative ") + a.hypothesis() + " (" + a.note() + "): fixes " + a.fixes().size() + " " + keys(a.fixes())
                    + ", breaks " + a.breaks().size() + " " + keys(a.breaks()));
        }
        for (Cause c : w.withoutEffect()) {
            out.println(lang.text("여기서 아무것도 설명하지 않음: ", "explains nothing here: ") + c.kind().id() + " " + c.hypothesis() + " on " + c.cell().table() + " | "
                    + c.cell().row() + " | " + c.cell().column() + " [" + c.where() + "]");
        }
    }

    static String keys(List<CellKey> keys) {
        return keys.isEmpty() ? "" : "(" + keys.stream().map(k -> k.table() + " " + k.row() + " " + k.column())
                .collect(java.util.stream.Collectors.joining("; ")) + ")";
    }

    private static String counts(Check.Totals t) {
        return t.cells() + " cells: " + t.equal() + " equal (" + t.equalPercent() + " %), " + t.explained() + " explained, "
                + t.unexplained() + " unexplained";
    }

    private void printDifferences(PrintWriter out, Check check) {
        boolean korean = lang.korean();
        for (Check.CellResult c : check.differences()) {
            var k = c.printed().key();
            out.printf(lang.text("%s | %s | %s: 계산 %s, 인쇄 %s%n", "%s | %s | %s: computed %s, printed %s%n"), k.table(),
                    k.row(), k.column(), c.computed() == null ? lang.text("(그런 셀 없음)", "(no such cell)")
                            : ComputedCell.format(c.computed()), printed(c));
            if (c.printed().backing() != null) {
                out.println(lang.text("    문장: ", "    sentence: ") + c.printed().sentence());
                out.println(lang.text("    뒷받침 식: ", "    backed by: ") + c.printed().backing().text());
            }
            List<String> models = c.modelsBehind();
            if (!models.isEmpty()) {
                String shown = String.join("; ", models.subList(0, Math.min(models.size(), MAX_MODELS_SHOWN)));
                String more = models.size() > MAX_MODELS_SHOWN ? "; ... and " + (models.size() - MAX_MODELS_SHOWN) + " more" : "";
                out.println(lang.text("    계산값 뒤의 모델 (", "    models behind the computed value (") + models.size()
                        + "): " + shown + more);
            }
            out.println(lang.text("    상태: ", "    status: ") + status(c.status()) + (c.strength() == null ? ""
                    : " (" + c.strength().id() + ")") + (c.causes().isEmpty() ? lang.text(" (원장에 원인 없음)",
                    " (no cause in the ledger)") : "") + (c.note().isEmpty() ? "" : "; " + c.note()));
            for (Check.CauseResult r : c.causes()) {
                var cause = r.cause();
                out.println(lang.text("    원인: ", "    cause: ") + cause.kind().id() + " (" + cause.strength().id() + ", " + r.role().id() + ")"
                        + (cause.models().isEmpty() ? "" : " " + String.join("; ", cause.models())) + ": "
                        + Formats.oneLine(cause.evidence(korean)) + " [" + cause.where() + "]");
                out.println("      " + Formats.oneLine(r.note()));
            }
        }
    }

    /** The printed figure as shown, {@code (blank)} for an empty one. */
    private String printed(Check.CellResult c) {
        return c.printed().published().isEmpty() ? lang.text("(빈칸)", "(blank)") : c.printed().published();
    }

    /** A status in the output's language: the words of the Checks sheet in Korean. */
    private String status(Check.Status s) {
        return lang.korean() ? s.label() : s.id();
    }

    private void printSideEffects(PrintWriter out, List<Check.CellResult[]> side) {
        out.println(lang.text("보정의 부작용: 보정 없이는 같던 셀 " + side.size() + "개가 보정으로 달라짐",
                "side effects of the corrections: " + side.size() + (side.size() == 1 ? " cell" : " cells")
                + " equal without them differ with them"));
        for (Check.CellResult[] pair : side) {
            var k = pair[1].key();
            out.printf("  %s | %s | %s: %s without, %s with, printed %s (%s)%n", k.table(), k.row(), k.column(),
                    ComputedCell.format(pair[0].computed()), ComputedCell.format(pair[1].computed()),
                    pair[1].printed().published().isEmpty() ? "(blank)" : pair[1].printed().published(),
                    pair[1].status().id());
        }
    }
}
