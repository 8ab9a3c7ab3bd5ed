package org.modelcensus.functions.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A hypothesis tried and rejected: the hypothesis, the figures it gave and why it was rejected. */
    public record Rejected(String hypothesis, String figures, String why) {
    }

    Ledger(String source, List<Cause> causes, List<Rejected> rejected) {
        this.source = source;
        this.causes = List.copyOf(causes);
        this.rejected = List.copyOf(rejected);
        for (Cause c : this.causes) {
            byCell.computeIfAbsent(c.cell(), k -> new ArrayList<>()).add(c);
        }
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
