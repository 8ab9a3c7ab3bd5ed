package org.modelcensus.functions.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;

/**
 * The explanation ledger of one edition: the causes of its differing printed cells (one row per
 * cause), read and validated by {@link LedgerFile} from {@code ledger/<edition>.csv} (built in) or a
 * file of one's own, and the hypotheses tried and rejected ({@code ledger/<edition>-rejected.csv}).
 * An edition without a ledger file has an empty ledger.
 */
public final class Ledger {
    private final String source;
    private final List<Cause> causes;
    private final List<Rejected> rejected;
    private final Map<CellKey, List<Cause>> byCell = new LinkedHashMap<>();
    private final List<Step> scenario;
    private final String scenarioSource;

    /**
     * One hypothesis file of the scenario: its name under {@code ledger/hypotheses/}, its corrections,
     * why it belongs to the one world, and where the scenario names it.
     */
    public record Step(String hypothesis, Corrections data, String why, String where) {
    }

    /** A hypothesis tried and rejected: the hypothesis, the figures it gave and why it was rejected. */
    public record Rejected(String hypothesis, String figures, String why) {
    }

    Ledger(String source, List<Cause> causes, List<Rejected> rejected) {
        this(source, causes, rejected, null, null);
    }

    /**
     * {@code scenario} null: no scenario file, so the one world applies every hypothesis file of the
     * ledger once, in the order the ledger first names them.
     */
    Ledger(String source, List<Cause> causes, List<Rejected> rejected, List<Step> scenario, String scenarioSource) {
        this.source = source;
        this.causes = List.copyOf(causes);
        this.rejected = List.copyOf(rejected);
        for (Cause c : this.causes) {
            byCell.computeIfAbsent(c.cell(), k -> new ArrayList<>()).add(c);
        }
        if (scenario == null) {
            Map<String, Step> all = new LinkedHashMap<>();
            for (Cause c : this.causes) {
                if (c.kind().isData()) {
                    all.putIfAbsent(c.hypothesis(), new Step(c.hypothesis(), c.data(),
                            "every hypothesis of the ledger (no scenario file)", c.where()));
                }
            }
            this.scenario = List.copyOf(all.values());
            this.scenarioSource = source + " (no scenario file: every hypothesis, in ledger order)";
        } else {
            this.scenario = List.copyOf(scenario);
            this.scenarioSource = scenarioSource;
        }
    }

    /** The same ledger with its source named differently (e.g. as from the repository root). */
    public Ledger named(String name) {
        return new Ledger(name, causes, rejected, scenario, scenarioSource);
    }

    /** The hypothesis files applied together, in order, to make the one world the check counts in. */
    public List<Step> scenario() {
        return scenario;
    }

    /** Where the scenario was read from. */
    public String scenarioSource() {
        return scenarioSource;
    }

    /** Whether a hypothesis file is part of the scenario. */
    public boolean inScenario(String hypothesis) {
        return scenario.stream().anyMatch(s -> s.hypothesis().equals(hypothesis));
    }

    /** A ledger with no causes (no ledger file for the edition). */
    public static Ledger empty(String source) {
        return new Ledger(source, List.of(), List.of());
    }

    /** The built-in ledger of an edition ({@code ledger/<id>.csv}); empty when there is no such resource. */
    public static Ledger builtIn(Edition edition) {
        return LedgerFile.builtIn(edition, PublishedFigures.builtIn());
    }

    /**
     * A ledger file of one's own; its hypothesis files are looked up in {@code hypotheses/} beside it
     * first, then among the built-in ones; its rejected hypotheses are read from
     * {@code <name>-rejected.csv} beside it when present.
     */
    public static Ledger load(Path file, Edition edition) {
        return LedgerFile.read(file, edition, PublishedFigures.builtIn());
    }

    /** Where the ledger was read from, e.g. {@code ledger/spri-2025.csv (built in)}. */
    public String source() {
        return source;
    }

    public List<Cause> causes() {
        return causes;
    }

    public List<Rejected> rejected() {
        return rejected;
    }

    public boolean isEmpty() {
        return causes.isEmpty();
    }

    /** The causes of one cell, in ledger order (empty when none). */
    public List<Cause> of(CellKey cell) {
        return byCell.getOrDefault(cell, List.of());
    }
}
