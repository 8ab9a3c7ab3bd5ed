package org.modelcensus.functions.check;

import org.modelcensus.functions.report.ComputedCell;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.ReportTable;
import org.modelcensus.functions.report.Reports;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.normalize.NormalizedModel;
import org.modelcensus.functions.normalize.Normalizer;
import org.modelcensus.functions.query.CellKey;
import org.modelcensus.functions.query.Query;

/**
 * The comparison of a computed report with the printed one: per table, cells equal to the printed
 * figure out of printed cells; every differing cell with both values, the models behind the computed
 * value and, joined from the edition's explanation {@link Ledger}, its status and causes — counted in
 * <em>one world</em>.
 *
 * <p>The one world is the data checked with the ledger's scenario applied (its hypothesis files,
 * tolerantly, in order, in one recomputation). A printed cell is {@code equal} when it equals the print
 * both on the data checked and in the world; {@code explained} when it differs on the data and either
 * (data) equals the print in the world and a ledger cause of the cell is <em>credited</em> — taking its
 * hypothesis file out of the scenario changes the cell (one recomputation per scenario file) — or
 * (report side) a {@code report-arithmetic} expression over cells gives the print, or a
 * {@code report-transcription} expression over cells gives the computed value at the printed precision,
 * with every cell the expression reads equal or explained; {@code unexplained} otherwise, including the
 * cells equal on the data that the scenario breaks. Ledger hypothesis files outside the scenario are
 * <em>alternatives</em>: each is applied on top of the world once and reported with the cells it fixes
 * and breaks, and never explains a cell. A cell's strength is the weakest of its credited causes (and of
 * the cells a report-side expression reads).
 *
 * @param ledger where the ledger joined was read from (empty when none was joined)
 * @param world  the scenario, the cells it breaks, the alternatives and the causes without effect
 */
public record Check(String edition, List<CellResult> cells, String ledger, World world) {

    /** A printed cell's status. */
    public enum Status {
        EQUAL("일치 (equal)"), EXPLAINED("설명됨 (explained)"), UNEXPLAINED("미설명 (unexplained)");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Korean first, English beside, as the Checks sheet and Korean outputs show it, e.g. {@code 미설명 (unexplained)}. */
        public String label() {
            return label;
        }
    }

    /** How a cause stands in the one world. */
    public enum Role {
        /** A data cause whose hypothesis file is part of the scenario. */
        SCENARIO,
        /** A data cause whose hypothesis file is not in the scenario: shown, never counted. */
        ALTERNATIVE,
        /** A report-side expression over cells. */
        REPORT,
        /** No accepted cause. */
        OPEN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One cause of a cell with its verification in the one world: {@code verified} is null for an
     * equal cell (nothing to verify), true when the cause is credited (data: removing it changes the
     * cell; report side: the expression holds over explained cells); {@code note} says what was found.
     */
    public record CauseResult(Cause cause, Boolean verified, String note, Role role) {
        public CauseResult(Cause cause, Boolean verified, String note) {
            this(cause, verified, note, role(cause));
        }

        private static Role role(Cause cause) {
            return switch (cause.kind().category()) {
                case DATA -> Role.SCENARIO;
                case ARITHMETIC, TRANSCRIPTION -> Role.REPORT;
                case OPEN -> Role.OPEN;
            };
        }
    }

    /**
     * One printed cell against its computed value ({@code null} when no such cell was computed);
     * {@code modelsBehind} names the models the computed value counts (for a share: numerator and
     * denominator), for differing cells only; {@code status} and {@code causes} come from the ledger;
     * {@code worldValue} is the cell in the one world (the computed value when there is no scenario),
     * {@code broken} says the cell is equal on the data but not in the world, {@code strength} is the
     * strength of an explained cell (null otherwise) and {@code note} what the world says of the cell.
     */
    public record CellResult(PrintedFigure printed, Object computed, boolean equal, List<String> modelsBehind,
            Status status, List<CauseResult> causes, Object worldValue, boolean broken, Cause.Strength strength,
            String note) {

        public CellResult {
            causes = List.copyOf(causes);
            note = note == null ? "" : note;
        }

        /** A cell without ledger causes: equal or unexplained. */
        public CellResult(PrintedFigure printed, Object computed, boolean equal, List<String> modelsBehind) {
            this(printed, computed, equal, modelsBehind, equal ? Status.EQUAL : Status.UNEXPLAINED, List.of(), computed,
                    false, null, "");
        }

        public CellKey key() {
            return printed.key();
        }
    }

    /**
     * A ledger hypothesis file outside the scenario, applied on top of the world: the cells it would
     * fix (differing in the world, equal with it) and break (equal in the world, differing with it).
     */
    public record Alternative(String hypothesis, List<CellKey> fixes, List<CellKey> breaks, String note) {
        public Alternative {
            fixes = List.copyOf(fixes);
            breaks = List.copyOf(breaks);
        }
    }

    /**
     * The one world: the scenario's hypothesis files and what applying each did ({@code scenarioNotes},
     * e.g. rows already in effect), the cells it breaks, the alternatives, and the scenario's ledger
     * causes that explain nothing on this data (their cell differs in the world, or taking their
     * hypothesis out changes nothing).
     */
    public record World(String source, List<String> scenario, List<String> scenarioNotes, List<CellKey> broken,
            List<Alternative> alternatives, List<Cause> withoutEffect) {
        public World {
            scenario = List.copyOf(scenario);
            scenarioNotes = List.copyOf(scenarioNotes);
            broken = List.copyOf(broken);
            alternatives = List.copyOf(alternatives);
            withoutEffect = List.copyOf(withoutEffect);
        }

        /** No ledger joined, no scenario. */
        public static final World NONE = new World("", List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Cells by status. */
    public record Totals(int cells, int equal, int explained, int unexplained) {
        static Totals of(List<CellResult> cells) {
            return of(cells, Cause.Strength.SPECULATIVE);
        }

        /** Explained cells weaker than {@code floor} count as unexplained. */
        static Totals of(List<CellResult> cells, Cause.Strength floor) {
            int eq = 0;
            int ex = 0;
            for (CellResult c : cells) {
                eq += c.status() == Status.EQUAL ? 1 : 0;
                ex += c.status() == Status.EXPLAINED && (c.strength() == null || c.strength().compareTo(floor) <= 0) ? 1 : 0;
            }
            return new Totals(cells.size(), eq, ex, cells.size() - eq - ex);
        }

        /** Equal cells as a percentage of cells, one decimal (0 when there are none). */
        public double equalPercent() {
            return cells == 0 ? 0 : Math.round(1000.0 * equal / cells) / 10.0;
        }
    }

    public Check(String edition, List<CellResult> cells, String ledger) {
        this(edition, cells, ledger, World.NONE);
    }

    public Check(String edition, List<CellResult> cells) {
        this(edition, cells, "");
    }

    /** How many recomputations (the world, one per ablation, one per alternative) checks have made: for tests. */
    static final AtomicLong RECOMPUTATIONS = new AtomicLong();

    /** Equal cells out of printed cells for one table. */
    public record TableScore(String table, int equal, int printed) {
    }

    /** Compares every printed figure of the report's edition with the computed cell. */
    public static Check of(Report report, PublishedFigures figures) {
        return of(report, figures.of(report.edition()));
    }

    private static Check of(Report report, List<PrintedFigure> figures) {
        List<CellResult> out = new ArrayList<>();
        Map<CellKey, PrintedFigure> printed = printedByKey(figures);
        for (PrintedFigure f : figures) {
            Query q = f.backing() != null ? null : report.definition(f.key());
            Object computed = valueOf(f, CellValues.of(report), printed);
            boolean equal = computed != null && f.matches(computed);
            List<String> behind = equal || q == null ? List.of() : new ModelsBehind(report, q);
            out.add(new CellResult(f, computed, equal, behind));
        }
        return new Check(report.edition().id(), out);
    }

    /**
     * The check joined with an explanation ledger, counted in the one world (see the class comment).
     * {@code searchDirs} are further directories where an {@code add_from} snapshot of a hypothesis is
     * looked for (e.g. the checked snapshot's directory).
     */
    public static Check of(Report report, PublishedFigures figures, Ledger ledger, List<Path> searchDirs) {
        Normalizer normalizer = Normalizer.remembering(report.data().mappings());
        return of(report, figures, ledger, searchDirs, data -> Reports.build(normalizer.normalize(data)));
    }

    /** As above, with the recomputation of a changed snapshot given (e.g. routed through a cached run). */
    public static Check of(Report report, PublishedFigures figures, Ledger ledger, List<Path> searchDirs,
            Function<Snapshot, Report> recompute) {
        List<PrintedFigure> all = new ArrayList<>(figures.of(report.edition()));
        all.addAll(figures.prose(report.edition()));
        Check plain = of(report, all);
        Worlds worlds = new Worlds(report, ledger, searchDirs, recompute);
        CellValues made = worlds.world();
        // A scenario that cannot be applied leaves the data as checked (the world's notes say why).
        boolean needsWorld = made != null && !worlds.scenario.isEmpty();
        CellValues world = needsWorld ? made : CellValues.of(report);
        List<CellResult> cells = plain.cells();
        Map<CellKey, Object> worldValues = new LinkedHashMap<>();
        Map<CellKey, Boolean> worldEqual = new LinkedHashMap<>();
        Map<CellKey, PrintedFigure> printedByKey = printedByKey(cells.stream().map(CellResult::printed).toList());
        for (CellResult c : cells) {
            Object v = needsWorld ? valueOf(c.printed(), world, printedByKey) : c.computed();
            worldValues.put(c.key(), v);
            worldEqual.put(c.key(), needsWorld ? v != null && c.printed().matches(v) : c.equal());
        }

        // Data: a differing cell equal in the world, with its ledger causes credited by ablation.
        Map<CellKey, Status> status = new LinkedHashMap<>();
        Map<CellKey, Cause.Strength> strength = new LinkedHashMap<>();
        Map<CellKey, List<CauseResult>> results = new LinkedHashMap<>();
        Map<CellKey, String> notes = new LinkedHashMap<>();
        List<Cause> withoutEffect = new ArrayList<>();
        List<CellKey> broken = new ArrayList<>();
        for (CellResult c : cells) {
            CellKey k = c.key();
            Object wv = worldValues.get(k);
            boolean weq = worldEqual.get(k);
            List<CauseResult> rs = new ArrayList<>();
            Cause.Strength weakest = null;
            if (c.equal() && weq) {
                for (Cause cause : ledger.of(k)) {
                    rs.add(new CauseResult(cause, null, "not needed: the cell is equal on this data and in the world"));
                }
                status.put(k, Status.EQUAL);
                results.put(k, rs);
                continue;
            }
            if (c.equal()) {
                broken.add(k);
                notes.put(k, "broken by the scenario: " + ComputedCell.format(c.computed()) + " on the data, "
                        + ComputedCell.format(wv) + " in the world, printed " + shown(c.printed()));
            } else if (weq) {
                notes.put(k, "the world gives " + ComputedCell.format(wv) + " = printed");
            } else if (needsWorld && !Objects.equals(ComputedCell.format(wv), ComputedCell.format(c.computed()))) {
                notes.put(k, "the world gives " + ComputedCell.format(wv) + ", printed " + shown(c.printed()));
            }
            for (Cause cause : ledger.of(k)) {
                if (!cause.kind().isData()) {
                    continue;
                }
                if (!ledger.inScenario(cause.hypothesis())) {
                    rs.add(new CauseResult(cause, false, "alternative, not in the scenario: " + worlds.alternativeNote(
                            cause.hypothesis(), k, c.printed()), Role.ALTERNATIVE));
                    continue;
                }
                String without = worlds.ablationError(cause.hypothesis());
                Object ablated = without != null ? null : valueOf(c.printed(), worlds.without(cause.hypothesis()), printedByKey);
                boolean changes = without == null && !Objects.equals(ComputedCell.format(ablated), ComputedCell.format(wv));
                boolean credited = weq && !c.equal() && changes;
                String note;
                if (without != null) {
                    note = "did not verify: " + without;
                } else if (!weq) {
                    note = "did not verify: the world gives " + ComputedCell.format(wv) + ", printed " + shown(c.printed());
                } else if (c.equal()) {
                    note = "not needed";
                } else if (changes) {
                    note = "credited: the world gives " + ComputedCell.format(wv) + " = printed; without "
                            + cause.hypothesis() + " " + ComputedCell.format(ablated);
                } else {
                    note = "no effect: without " + cause.hypothesis() + " the cell is still " + ComputedCell.format(ablated);
                }
                if (credited) {
                    weakest = weakest == null || cause.strength().compareTo(weakest) > 0 ? cause.strength() : weakest;
                } else if (!c.equal()) {
                    withoutEffect.add(cause);
                }
                rs.add(new CauseResult(cause, credited, note, Role.SCENARIO));
            }
            if (weakest != null) {
                status.put(k, Status.EXPLAINED);
                strength.put(k, weakest);
            } else {
                status.put(k, Status.UNEXPLAINED);
                if (weq && !c.equal()) {
                    notes.put(k, "the world gives " + ComputedCell.format(wv) + " = printed, but no ledger cause of the "
                            + "cell is credited (taking out none of them changes it)");
                }
            }
            results.put(k, rs);
        }

        // Report side: expressions over cells, verified once every cell they read is equal or explained.
        Expression.Cells values = ref -> ref.source() == Expression.Source.PRINTED ? number(printedByKey.get(ref.key()))
                : number(world.value(ref.key()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CellResult c : cells) {
                CellKey k = c.key();
                if (status.get(k) != Status.UNEXPLAINED) {
                    continue;
                }
                if (throughCells(c, worldEqual.get(k), status)) {
                    // A number of the report text equal in the world, read off cells that are equal or explained.
                    status.put(k, Status.EXPLAINED);
                    Cause.Strength weakest = null;
                    for (Expression.CellRef ref : c.printed().backing().cells()) {
                        Cause.Strength in = strength.get(ref.key());
                        weakest = in != null && (weakest == null || in.compareTo(weakest) > 0) ? in : weakest;
                    }
                    strength.put(k, weakest == null ? Cause.Strength.STRONG : weakest);
                    notes.put(k, "explained through its cells: the world gives " + ComputedCell.format(worldValues.get(k))
                            + " = printed from " + c.printed().backing().text());
                    changed = true;
                    continue;
                }
                for (Cause cause : ledger.of(k)) {
                    if (cause.expression() == null) {
                        continue;
                    }
                    if (verifiesOverExplained(cause, c, worldValues.get(k), values, status)) {
                        status.put(k, Status.EXPLAINED);
                        strength.put(k, weakestOf(cause, status, strength));
                        changed = true;
                        break;
                    }
                }
            }
        }
        List<CellResult> out = new ArrayList<>();
        for (CellResult c : cells) {
            CellKey k = c.key();
            List<CauseResult> rs = new ArrayList<>(results.get(k));
            boolean isEqual = status.get(k) == Status.EQUAL;
            for (Cause cause : ledger.of(k)) {
                if (cause.kind().isData() || isEqual) {
                    continue;
                }
                rs.add(cause.expression() == null ? new CauseResult(cause, false, "open: no accepted cause", Role.OPEN)
                        : report(cause, c, worldValues.get(k), values, status));
            }
            List<Cause> order = ledger.of(k);
            rs.sort(Comparator.comparingInt(r -> position(order, r.cause())));
            out.add(new CellResult(c.printed(), c.computed(), c.equal(), c.modelsBehind(), status.get(k), rs,
                    worldValues.get(k), broken.contains(k), strength.get(k), notes.get(k)));
        }
        List<Alternative> alternatives = worlds.alternatives(cells, worldEqual, printedByKey);
        World w = new World(ledger.scenarioSource(), ledger.scenario().stream().map(Ledger.Step::hypothesis).toList(),
                worlds.scenarioNotes(), broken, alternatives, withoutEffect);
        return new Check(plain.edition(), out, ledger.source(), w);
    }

    /** Where a cause is among its cell's ledger rows: found by identity (a record's equality compares every field). */
    private static int position(List<Cause> causes, Cause cause) {
        for (int i = 0; i < causes.size(); i++) {
            if (causes.get(i) == cause) {
                return i;
            }
        }
        return causes.indexOf(cause);
    }

    private static Map<CellKey, PrintedFigure> printedByKey(List<PrintedFigure> figures) {
        Map<CellKey, PrintedFigure> out = new LinkedHashMap<>();
        figures.forEach(f -> out.put(f.key(), f));
        return out;
    }

    /**
     * The computed value of a printed figure in a report: the cell, or for a number of the report text its
     * backing expression over cells (null when a cell it reads has no number).
     */
    private static Object valueOf(PrintedFigure f, CellValues r, Map<CellKey, PrintedFigure> printed) {
        if (r == null) {
            return null;
        }
        if (f.backing() == null) {
            return r.value(f.key());
        }
        double v = f.backing().value(ref -> ref.source() == Expression.Source.PRINTED ? number(printed.get(ref.key()))
                : number(r.value(ref.key())));
        return Double.isFinite(v) ? v : null;
    }

    /**
     * The value of every cell of a report (null where the report has no such cell): what a check keeps of
     * a recomputed world, so that a world costs the heap of its values, not of its dataset.
     */
    private interface CellValues {
        Object value(CellKey key);

        /** The values of a report, read from it as asked for. */
        static CellValues of(Report r) {
            return k -> valueIn(r, k);
        }

        /** The values of a report, every cell evaluated now, the report not kept. */
        static CellValues copyOf(Report r) {
            Map<CellKey, Object> values = new HashMap<>();
            for (ReportTable t : r.tables()) {
                for (CellKey k : t.cells().keySet()) {
                    values.put(k, r.value(k));
                }
            }
            return values::get;
        }
    }

    private static Object valueIn(Report r, CellKey k) {
        return r == null || r.definition(k) == null ? null : r.value(k);
    }

    private static double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof PrintedFigure f) {
            try {
                return new java.math.BigDecimal(f.published().strip()).doubleValue();
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static boolean throughCells(CellResult c, boolean worldEqual, Map<CellKey, Status> status) {
        if (c.printed().backing() == null || !worldEqual || c.equal()) {
            return false;
        }
        for (Expression.CellRef ref : c.printed().backing().cells()) {
            Status s = status.get(ref.key());
            if (s == Status.UNEXPLAINED) {
                return false;
            }
        }
        return true;
    }

    private static boolean verifiesOverExplained(Cause cause, CellResult c, Object worldValue, Expression.Cells values,
            Map<CellKey, Status> status) {
        for (Expression.CellRef ref : cause.expression().cells()) {
            Status s = status.get(ref.key());
            if (s == Status.UNEXPLAINED) {
                return false;
            }
        }
        return holds(cause, c, worldValue, cause.expression().value(values));
    }

    private static boolean holds(Cause cause, CellResult c, Object worldValue, double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        return cause.kind().category() == CauseKind.Category.ARITHMETIC ? c.printed().matches(v)
                : worldValue instanceof Number d && c.printed().sameAtPrintedPrecision(v, d.doubleValue());
    }

    private static Cause.Strength weakestOf(Cause cause, Map<CellKey, Status> status, Map<CellKey, Cause.Strength> strength) {
        Cause.Strength s = cause.strength();
        for (Expression.CellRef ref : cause.expression().cells()) {
            Cause.Strength in = status.get(ref.key()) == Status.EXPLAINED ? strength.get(ref.key()) : null;
            if (in != null && in.compareTo(s) > 0) {
                s = in;
            }
        }
        return s;
    }

    private static CauseResult report(Cause cause, CellResult c, Object worldValue, Expression.Cells values,
            Map<CellKey, Status> status) {
        double v = cause.expression().value(values);
        List<String> open = new ArrayList<>();
        for (Expression.CellRef ref : cause.expression().cells()) {
            if (status.get(ref.key()) == Status.UNEXPLAINED) {
                open.add(ref + " is unexplained");
            } else if (status.get(ref.key()) == null && ref.source() == Expression.Source.PRINTED) {
                open.add(ref + " is not printed");
            }
        }
        boolean ok = open.isEmpty() && holds(cause, c, worldValue, v);
        String value = Double.isFinite(v) ? ComputedCell.format(v) : "no number";
        String what = cause.kind().category() == CauseKind.Category.ARITHMETIC
                ? (c.printed().matches(v) ? ", the printed " : ", not the printed ") + shown(c.printed())
                : (holds(cause, c, worldValue, v) ? ", the computed value at the printed precision (the print is a slip)"
                : ", not the computed " + ComputedCell.format(worldValue) + " at the printed precision");
        return new CauseResult(cause, ok, (ok ? "" : "did not verify: ") + cause.hypothesis() + " = " + value + what
                + (open.isEmpty() ? "" : "; " + String.join(", ", open)), Role.REPORT);
    }

    /**
     * The recomputations of one check, each made once: the world (the scenario applied in order), the
     * world without each scenario file, and the world with each alternative on top.
     */
    private static final class Worlds {
        private final Report base;
        private final Ledger ledger;
        private final List<Path> searchDirs;
        private final Function<Snapshot, Report> recompute;
        private final Map<List<String>, Optional<CellValues>> reports = new HashMap<>();
        private final Map<List<String>, String> errors = new HashMap<>();
        private final List<String> scenarioNotes = new ArrayList<>();
        private final List<String> scenario;

        Worlds(Report base, Ledger ledger, List<Path> searchDirs, Function<Snapshot, Report> recompute) {
            this.base = base;
            this.ledger = ledger;
            this.searchDirs = searchDirs;
            this.recompute = recompute;
            this.scenario = ledger.scenario().stream().map(Ledger.Step::hypothesis).toList();
        }

        CellValues world() {
            return scenario.isEmpty() ? CellValues.of(base) : report(scenario, true);
        }

        CellValues without(String hypothesis) {
            List<String> names = withoutList(hypothesis);
            return names.isEmpty() ? CellValues.of(base) : report(names, false);
        }

        /** Why the world without a scenario file could not be made, or null. */
        String ablationError(String hypothesis) {
            without(hypothesis);
            return errors.get(withoutList(hypothesis));
        }

        List<String> scenarioNotes() {
            world();
            return scenarioNotes;
        }

        private CellValues report(List<String> names, boolean isWorld) {
            List<String> key = List.copyOf(names);
            Optional<CellValues> known = reports.get(key);
            if (known != null) {
                return known.orElse(null);
            }
            RECOMPUTATIONS.incrementAndGet();
            Snapshot data = base.data().snapshot();
            try {
                for (String name : key) {
                    Corrections f = data(name);
                    Corrected c = f.applyTolerantly(data, searchDirs);
                    if (isWorld && !c.skipped().isEmpty()) {
                        scenarioNotes.add(name + ": " + c.skipped().size() + (c.skipped().size() == 1 ? " row" : " rows")
                                + " already in effect, skipped");
                    }
                    data = c.snapshot();
                }
                CellValues r = CellValues.copyOf(recompute.apply(data));
                reports.put(key, Optional.of(r));
                return r;
            } catch (BadInputException e) {
                errors.put(key, "the hypotheses cannot be applied to this data: " + e.getMessage());
                if (isWorld) {
                    scenarioNotes.add("the scenario cannot be applied to this data: " + e.getMessage());
                }
                reports.put(key, Optional.empty());
                return null;
            }
        }

        private Corrections data(String name) {
            for (Ledger.Step s : ledger.scenario()) {
                if (s.hypothesis().equals(name)) {
                    return s.data();
                }
            }
            return ledger.causes().stream().filter(c -> name.equals(c.hypothesis()) && c.data() != null).findFirst()
                    .orElseThrow().data();
        }

        private CellValues withAlternative(String hypothesis) {
            return report(withList(hypothesis), false);
        }

        String alternativeNote(String hypothesis, CellKey k, PrintedFigure printed) {
            CellValues r = withAlternative(hypothesis);
            if (r == null) {
                return errors.get(withList(hypothesis));
            }
            Object v = valueOf(printed, r, Map.of());
            return "with it on top of the world the cell is " + ComputedCell.format(v)
                    + (printed.matches(v) ? " = printed" : ", printed " + shown(printed))
                    + " (see the alternatives for what it fixes and breaks)";
        }

        /** The scenario's files with {@code hypothesis} applied last. */
        private List<String> withList(String hypothesis) {
            List<String> names = new ArrayList<>(scenario);
            names.add(hypothesis);
            return List.copyOf(names);
        }

        /** The scenario's files but {@code hypothesis}. */
        private List<String> withoutList(String hypothesis) {
            List<String> names = new ArrayList<>(scenario);
            names.remove(hypothesis);
            return List.copyOf(names);
        }

        /** The ledger's data hypotheses outside the scenario, in ledger order. */
        private Set<String> alternativeNames() {
            Set<String> names = new LinkedHashSet<>();
            for (Cause c : ledger.causes()) {
                if (c.kind().isData() && !ledger.inScenario(c.hypothesis())) {
                    names.add(c.hypothesis());
                }
            }
            return names;
        }

        List<Alternative> alternatives(List<CellResult> cells, Map<CellKey, Boolean> worldEqual,
                Map<CellKey, PrintedFigure> printed) {
            List<Alternative> out = new ArrayList<>();
            for (String name : alternativeNames()) {
                CellValues r = withAlternative(name);
                if (r == null) {
                    out.add(new Alternative(name, List.of(), List.of(), errors.get(withList(name))));
                    continue;
                }
                List<CellKey> fixes = new ArrayList<>();
                List<CellKey> breaks = new ArrayList<>();
                for (CellResult c : cells) {
                    Object v = valueOf(c.printed(), r, printed);
                    boolean eq = v != null && c.printed().matches(v);
                    boolean weq = worldEqual.get(c.key());
                    if (eq && !weq) {
                        fixes.add(c.key());
                    } else if (!eq && weq) {
                        breaks.add(c.key());
                    }
                }
                out.add(new Alternative(name, fixes, breaks, "applied on top of the world"));
            }
            return out;
        }
    }

    private static String shown(PrintedFigure f) {
        return f.published().isEmpty() ? "(blank)" : f.published();
    }

    /**
     * The names of the models behind a differing cell, listed when first read: a workbook or a score
     * never reads them, and for 100,000 models they are millions of strings (most cells differ).
     */
    private static final class ModelsBehind extends AbstractList<String> {
        private Report report;
        private Query query;
        private List<String> names;

        ModelsBehind(Report report, Query query) {
            this.report = report;
            this.query = query;
        }

        private synchronized List<String> names() {
            if (names == null) {
                names = List.copyOf(modelsBehind(report, query));
                report = null;
                query = null;
            }
            return names;
        }

        @Override
        public String get(int index) {
            return names().get(index);
        }

        @Override
        public int size() {
            return names().size();
        }
    }

    private static List<String> modelsBehind(Report report, Query q) {
        List<String> names = new ArrayList<>();
        for (int id : report.evaluator().rowsBehind(q)) {
            NormalizedModel m = report.data().model(id);
            names.add(m.name() + " (" + (m.date().isEmpty() ? "undated" : m.date()) + ")");
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    /** Cells of the tables equal on the data checked (the numbers of the report text are apart: {@link #totals()}). */
    public int equal() {
        return (int) tableCells().stream().filter(CellResult::equal).count();
    }

    /** The cells of figures printed in tables (not the numbers of the report text). */
    public List<CellResult> tableCells() {
        return cells.stream().filter(c -> c.printed().backing() == null).toList();
    }

    /** Cells by status among the figures printed in tables (the Checks sheet's scope). */
    public Totals tablesTotals() {
        return Totals.of(tableCells());
    }

    /** Cells by status, overall. */
    public Totals totals() {
        return Totals.of(cells);
    }

    /**
     * Explained cells by the strength of their explanation: the weakest of the causes that verified on
     * the cell (data hypotheses verify together, so a cell explained by a strong and a speculative
     * addition is speculative). Strongest first; every strength present, zeros included.
     */
    public Map<Cause.Strength, Integer> explainedByStrength() {
        Map<Cause.Strength, Integer> out = new EnumMap<>(Cause.Strength.class);
        for (Cause.Strength s : Cause.Strength.values()) {
            out.put(s, 0);
        }
        for (CellResult c : cells) {
            if (c.status() != Status.EXPLAINED) {
                continue;
            }
            if (c.strength() != null) {
                out.merge(c.strength(), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Cells by status, explained cells weaker than {@code floor} counted as unexplained. */
    public Totals totals(Cause.Strength floor) {
        return Totals.of(cells, floor);
    }

    /** The totals at every strength floor, strongest first. */
    public Map<Cause.Strength, Totals> totalsByFloor() {
        Map<Cause.Strength, Totals> out = new EnumMap<>(Cause.Strength.class);
        for (Cause.Strength s : Cause.Strength.values()) {
            out.put(s, totals(s));
        }
        return out;
    }

    /** Cells by status among those of one {@link PrintedFigure#kind()} ({@code number}, {@code blankAsZero}, ...). */
    public Totals totals(String figureKind) {
        return Totals.of(cells.stream().filter(c -> c.printed().kind().equals(figureKind)).toList());
    }

    /** Cells by status per table, in the order tables first appear among the printed figures. */
    public Map<String, Totals> tableTotals() {
        Map<String, List<CellResult>> by = new LinkedHashMap<>();
        cells.forEach(c -> by.computeIfAbsent(c.key().table(), k -> new ArrayList<>()).add(c));
        Map<String, Totals> out = new LinkedHashMap<>();
        by.forEach((t, list) -> out.put(t, Totals.of(list)));
        return out;
    }

    /**
     * The side effects of corrections: cells equal in {@code without} (the check of the uncorrected
     * data) that differ in {@code with} (the check of the corrected data), as pairs of the two results.
     */
    public static List<CellResult[]> sideEffects(Check without, Check with) {
        Map<CellKey, CellResult> before = new LinkedHashMap<>();
        without.cells().forEach(c -> before.put(c.key(), c));
        List<CellResult[]> out = new ArrayList<>();
        for (CellResult c : with.cells()) {
            CellResult b = before.get(c.key());
            if (b != null && b.equal() && !c.equal()) {
                out.add(new CellResult[] {b, c});
            }
        }
        return out;
    }

    /** The cells matching a condition. */
    public List<CellResult> cells(Predicate<CellResult> which) {
        return cells.stream().filter(which).toList();
    }

    /** Figures printed in tables. */
    public int printed() {
        return tableCells().size();
    }

    /** Scores per table, in the order tables first appear among the printed figures. */
    public List<TableScore> tables() {
        Map<String, int[]> scores = new LinkedHashMap<>();
        for (CellResult c : tableCells()) {
            int[] s = scores.computeIfAbsent(c.printed().key().table(), k -> new int[2]);
            s[0] += c.equal() ? 1 : 0;
            s[1]++;
        }
        List<TableScore> out = new ArrayList<>();
        scores.forEach((t, s) -> out.add(new TableScore(t, s[0], s[1])));
        return out;
    }

    public List<CellResult> differences() {
        return cells.stream().filter(c -> !c.equal()).toList();
    }

    /** The score of one table. */
    public TableScore table(String id) {
        return tables().stream().filter(t -> t.table().equals(id)).findFirst()
                .orElse(new TableScore(id, 0, 0));
    }
}
