package org.modelcensus.functions.check;

import org.modelcensus.functions.report.ComputedCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;

/**
 * The reproduction notes (docs/reproduction.md) generated from the explanation ledgers: per edition,
 * the scores of the data without and with each corrections file (equal / explained / unexplained,
 * apart for the figures printed in tables and the blanks read as 0), the side effects of the
 * corrections, the causes with whether they verify, every unexplained cell with what was tried, and
 * the rejected hypotheses. Also the rows of the README's reproduction table.
 */
public final class LedgerMarkdown {
    /** The intro of the generated document. */
    static final String TITLE = "# What reproduces, and why the rest differs";
    static final String GENERATED = "<!-- Generated from the explanation ledgers by `./census ledger --markdown` "
            + "(ReproductionDocTest keeps this file equal to the generated text): edit the ledger, not this file. -->";
    static final String INTRO = """
            `./census check` compares every printed figure of an edition (`functions/src/main/resources/published/`,
            a copy of the transcribed figures) with the computed cell of the same table, row and column. No printed
            figure is used to compute a cell. A differing cell is **explained** when a cause in the edition's
            explanation ledger (`functions/src/main/resources/ledger/<edition>.csv`) holds in **one world**: the
            data checked with the edition's scenario (`ledger/<edition>-scenario.csv`, hypothesis files in
            corrections format applied together, tolerantly, in order, in one recomputation). A data cause counts
            only when the cell equals the print in that world and taking the cause's hypothesis file out of the
            scenario changes the cell (credit by ablation); hypothesis files outside the scenario are
            *alternatives*, shown with the cells they fix and break and never counted; cells equal on the data
            that the scenario breaks count as unexplained. A report-side cause is an expression over cells
            (`printed(T,row,column)`, `computed(...)`) that reproduces the report's arithmetic or transcription
            slip, and counts only when every cell it reads is equal or explained; otherwise the cell is
            **unexplained**. Scores below are from `./census check` on the shared snapshots; "printed in tables"
            counts the figures the report prints in its tables (certainty `printed`), "blanks read as 0" the
            cells printed blank and read as 0 (`blank=0`, `reconstructed:blank=0`). "Printed figures" counts the figures of the tables and the numbers of the
            report text (`published/spri-prose.csv`: each number with its sentence and the expression over cells that
            backs it; a number equal in the world whose cells are all equal or explained is explained through them;
            numbers no data can back are listed there as out of scope). An explanation is only as
            strong as its weakest link: "explained (strong / medium / weak / speculative)" counts each explained
            cell under the weakest strength among its credited causes; "unexplained (strong + medium)" counts
            the cells explained only by weak or speculative causes as unexplained (`check --min-strength medium`).
            """;

    /** One data state of an edition: its label (the snapshot, then {@code + corrections file}) and its check. */
    public record Scenario(String label, Check check) {
    }

    private LedgerMarkdown() {
    }

    /**
     * The scenarios of an edition: the snapshot as read (labelled {@code label}), then with each
     * corrections file applied in order (labelled {@code + <names>}); {@code checks} are their checks in
     * that order ({@code Run.checksByCorrections()}).
     */
    public static List<Scenario> scenarios(String label, List<String> names, List<Check> checks) {
        List<Scenario> out = new ArrayList<>();
        out.add(new Scenario(label, checks.get(0)));
        for (int i = 0; i < names.size(); i++) {
            // The label names every corrections file applied, not only the last one.
            out.add(new Scenario("+ " + String.join(" + ", names.subList(0, i + 1)), checks.get(i + 1)));
        }
        return out;
    }

    /** The whole document from the sections of the editions. */
    public static String document(List<String> sections) {
        StringBuilder out = new StringBuilder(TITLE).append("\n\n").append(GENERATED).append("\n\n").append(INTRO);
        for (String s : sections) {
            out.append('\n').append(s);
        }
        return out.toString();
    }

    /**
     * The section of one edition; {@code scenarios} start with the data before corrections, then one
     * per corrections file applied cumulatively; the causes and unexplained cells are those of the last.
     */
    public static String section(Edition edition, Ledger ledger, List<Scenario> scenarios) {
        StringBuilder out = new StringBuilder();
        Scenario last = scenarios.get(scenarios.size() - 1);
        out.append("## ").append(edition.id()).append(": ").append(edition.title()).append("\n\n");
        out.append("| data | " + PRINTED_HEADER + " | equal | " + EXPLAINED_HEADER + " | unexplained | " + FLOOR_HEADER
                + " | printed in tables: equal | blanks read as 0: equal | side effects |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Scenario s : scenarios) {
            Check.Totals t = s.check().totals();
            Check.Totals p = s.check().totals("printed");
            Check.Totals b = s.check().totals("blankAsZero");
            out.append("| ").append(cell(s.label())).append(" | ").append(t.cells()).append(" | ").append(t.equal())
                    .append(" | ").append(explained(s.check())).append(" | ").append(t.unexplained()).append(" | ")
                    .append(s.check().totals(Cause.Strength.MEDIUM).unexplained()).append(" | ")
                    .append(p.equal()).append(" / ").append(p.cells()).append(" (").append(p.equalPercent()).append(" %) | ")
                    .append(b.equal()).append(" / ").append(b.cells()).append(" | ")
                    .append(s == scenarios.get(0) ? "" : String.valueOf(Check.sideEffects(scenarios.get(0).check(), s.check()).size()))
                    .append(" |\n");
        }
        if (scenarios.size() > 1) {
            List<Check.CellResult[]> side = Check.sideEffects(scenarios.get(0).check(), last.check());
            out.append("\nSide effects: cells equal on ").append(cell(scenarios.get(0).label()))
                    .append(" that differ once the corrections are applied (the last row above): ")
                    .append(side.isEmpty() ? "none." : side.size() + ".").append('\n');
            if (!side.isEmpty()) {
                out.append("\n| cell | without → with | printed | status |\n|---|---|---|---|\n");
                for (Check.CellResult[] pair : side) {
                    out.append("| ").append(cell(name(pair[1].key()))).append(" | ").append(ComputedCell.format(pair[0].computed()))
                            .append(" → ").append(ComputedCell.format(pair[1].computed())).append(" | ")
                            .append(cell(pair[1].printed().published())).append(" | ").append(pair[1].status().id()).append(" |\n");
                }
            }
        }
        world(out, ledger, last);
        causes(out, ledger, last);
        unexplained(out, last);
        out.append("\n### Rejected hypotheses\n\n");
        if (ledger.rejected().isEmpty()) {
            out.append("None recorded (`ledger/").append(edition.id()).append("-rejected.csv`).\n");
        } else {
            out.append("| hypothesis | figures | why rejected |\n|---|---|---|\n");
            for (Ledger.Rejected r : ledger.rejected()) {
                out.append("| ").append(cell(r.hypothesis())).append(" | ").append(cell(r.figures())).append(" | ")
                        .append(cell(r.why())).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The scenario, the cells it breaks, the alternatives and the causes that explain nothing, on the last data. */
    private static void world(StringBuilder out, Ledger ledger, Scenario last) {
        Check.World w = last.check().world();
        out.append("\n### One world (`").append(cell(ledger.scenarioSource())).append("`)\n\n");
        if (ledger.scenario().isEmpty()) {
            out.append("No scenario: the data as checked is the world.\n");
        } else {
            out.append("| # | hypothesis file | why |\n|---|---|---|\n");
            int i = 1;
            for (Ledger.Step step : ledger.scenario()) {
                out.append("| ").append(i++).append(" | `").append(step.hypothesis()).append("` | ").append(cell(step.why()))
                        .append(" |\n");
            }
        }
        w.scenarioNotes().forEach(n -> out.append("\n").append(cell(n)).append('\n'));
        out.append("\nCells equal on ").append(cell(last.label())).append(" that the scenario breaks: ")
                .append(w.broken().isEmpty() ? "none" : String.join("; ", w.broken().stream().map(LedgerMarkdown::name).toList()))
                .append(".\n");
        if (!w.alternatives().isEmpty()) {
            out.append("\nAlternatives (hypothesis files of the ledger outside the scenario, each applied on top of the "
                    + "world; never counted):\n\n| hypothesis file | fixes | breaks |\n|---|---|---|\n");
            for (Check.Alternative a : w.alternatives()) {
                out.append("| `").append(a.hypothesis()).append("` | ").append(keys(a.fixes())).append(" | ")
                        .append(keys(a.breaks())).append(" |\n");
            }
        }
        out.append("\nScenario causes that explain nothing on this data (their cell differs in the world, or taking "
                + "their hypothesis out changes nothing): ").append(w.withoutEffect().size()).append(".\n");
    }

    private static String keys(List<CellKey> keys) {
        return keys.isEmpty() ? "none" : keys.size() + ": " + cell(String.join("; ", keys.stream().map(LedgerMarkdown::name).toList()));
    }

    /** The causes, cells grouped by kind, models, evidence, strength and hypothesis, verified on the last scenario. */
    private static void causes(StringBuilder out, Ledger ledger, Scenario last) {
        out.append("\n### Causes (`").append(ledger.source()).append("`)\n\n");
        if (ledger.isEmpty()) {
            out.append("The ledger is empty.\n");
            return;
        }
        Map<CellKey, Check.CellResult> byCell = new LinkedHashMap<>();
        last.check().cells().forEach(c -> byCell.put(c.key(), c));
        Map<List<Object>, List<Cause>> groups = new LinkedHashMap<>();
        for (Cause c : ledger.causes()) {
            groups.computeIfAbsent(List.of(c.kind(), c.models(), c.evidence(), c.strength(), c.hypothesis()),
                    k -> new ArrayList<>()).add(c);
        }
        out.append("Verified on ").append(cell(last.label()))
                .append(": \"verifies\" counts the differing cells of the group on which the cause is credited "
                        + "(one world, ablation).\n\n");
        out.append("| cells | kind | strength | models | evidence | hypothesis | verifies |\n|---|---|---|---|---|---|---|\n");
        for (List<Cause> g : groups.values()) {
            Cause first = g.get(0);
            List<String> names = new ArrayList<>();
            int differing = 0;
            int verified = 0;
            for (Cause c : g) {
                names.add(name(c.cell()));
                Check.CellResult r = byCell.get(c.cell());
                if (r != null && !r.equal()) {
                    differing++;
                    verified += r.causes().stream().anyMatch(x -> x.cause() == c && Boolean.TRUE.equals(x.verified())) ? 1 : 0;
                }
            }
            String verifies = first.kind() == CauseKind.OPEN ? "open"
                    : differing == 0 ? "cells equal" : verified + " of " + differing;
            out.append("| ").append(cell(String.join("; ", names))).append(" | ").append(first.kind().id()).append(" | ")
                    .append(first.strength().id()).append(" | ").append(cell(String.join("; ", first.models()))).append(" | ")
                    .append(cell(first.evidence())).append(" | ")
                    .append(first.hypothesis().isEmpty() ? "" : "`" + first.hypothesis().replace("`", "'") + "`")
                    .append(" | ").append(verifies).append(" |\n");
        }
    }

    private static void unexplained(StringBuilder out, Scenario last) {
        List<Check.CellResult> cells = last.check().cells(c -> c.status() == Check.Status.UNEXPLAINED);
        out.append("\n### Unexplained cells (").append(cell(last.label())).append("): ").append(cells.size()).append("\n\n");
        if (cells.isEmpty()) {
            return;
        }
        out.append("| cell | computed → printed | what was tried |\n|---|---|---|\n");
        for (Check.CellResult c : cells) {
            List<String> tried = new ArrayList<>();
            if (!c.note().isEmpty()) {
                tried.add(c.note());
            }
            for (Check.CauseResult r : c.causes()) {
                tried.add(r.cause().kind().id() + ": " + (r.cause().kind() == CauseKind.OPEN ? r.cause().evidence() : r.note()));
            }
            out.append("| ").append(cell(name(c.key()))).append(" | ")
                    .append(cell(c.computed() == null ? "(no such cell)" : ComputedCell.format(c.computed()))).append(" → ")
                    .append(cell(c.printed().published().isEmpty() ? "(blank)" : c.printed().published())).append(" | ")
                    .append(cell(tried.isEmpty() ? "no cause in the ledger" : String.join("; ", tried))).append(" |\n");
        }
    }

    /**
     * The README's reproduction table rows of one edition, e.g.
     * {@code | spri-2024 | 2024-07-16 | 359 | 314 | 39 | 6 |}.
     */
    public static String readmeRows(Edition edition, List<Scenario> scenarios) {
        StringBuilder out = new StringBuilder();
        for (Scenario s : scenarios) {
            Check.Totals t = s.check().totals();
            out.append("| ").append(edition.id()).append(" | ").append(cell(s.label())).append(" | ").append(t.cells())
                    .append(" | ").append(t.equal()).append(" | ").append(explained(s.check())).append(" | ")
                    .append(t.unexplained()).append(" | ").append(s.check().totals(Cause.Strength.MEDIUM).unexplained())
                    .append(" |\n");
        }
        return out.toString();
    }

    private static final String FLOOR_HEADER = "unexplained (strong + medium)";

    private static final String PRINTED_HEADER = "printed figures (tables + text)";
    private static final String EXPLAINED_HEADER = "explained (strong / medium / weak / speculative)";

    /** Explained cells, then how many of them rest on a strong, medium, weak or speculative weakest cause. */
    private static String explained(Check check) {
        List<String> counts = check.explainedByStrength().values().stream().map(String::valueOf).toList();
        return check.totals().explained() + " (" + String.join(" / ", counts) + ")";
    }

    /** The README table's header. */
    public static final String README_HEADER = "| edition | data | " + PRINTED_HEADER + " | equal | " + EXPLAINED_HEADER
            + " | unexplained | " + FLOOR_HEADER + " |\n"
            + "|---|---|---|---|---|---|---|\n";

    static String name(CellKey k) {
        return k.table() + " " + k.row() + " " + k.column();
    }

    /** Text fit for one Markdown table cell: one line, pipes escaped. */
    static String cell(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").replace("|", "\\|");
    }
}
