package org.modelcensus.functions.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Evaluator;
import org.modelcensus.functions.query.Query;

/** Every table of one edition over one normalized dataset, with a Java evaluator of its cells. */
public final class Report {
    private final Edition edition;
    private final NormalizedDataset data;
    private final List<ReportTable> tables;
    private final Map<CellKey, Query> definitions = new HashMap<>();
    private final Evaluator evaluator;

    Report(NormalizedDataset data, List<ReportTable> tables) {
        this.edition = data.edition();
        this.data = data;
        this.tables = List.copyOf(tables);
        for (ReportTable t : tables) {
            definitions.putAll(t.cells());
        }
        this.evaluator = new Evaluator(data.tables(), definitions::get);
    }

    public Edition edition() {
        return edition;
    }

    public NormalizedDataset data() {
        return data;
    }

    public List<ReportTable> tables() {
        return tables;
    }

    public ReportTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id + " in " + edition.id()));
    }

    /** The definition of a cell, or null. */
    public Query definition(CellKey key) {
        return definitions.get(key);
    }

    /** The Java value of a cell: {@link Double}, {@link String} or an Excel error. */
    public Object value(CellKey key) {
        return evaluator.value(key);
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /** Every cell with its value, table by table in report order. */
    public List<ComputedCell> evaluate() {
        List<ComputedCell> out = new ArrayList<>();
        for (ReportTable t : tables) {
            for (var e : t.cells().entrySet()) {
                out.add(new ComputedCell(e.getKey(), e.getValue(), evaluator.value(e.getKey())));
            }
        }
        return out;
    }
}
