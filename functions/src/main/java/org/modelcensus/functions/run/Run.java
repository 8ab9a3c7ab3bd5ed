package org.modelcensus.functions.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.modelcensus.functions.check.Check;
import org.modelcensus.functions.check.Ledger;
import org.modelcensus.functions.check.PublishedFigures;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Parallel;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.Normalizer;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.Reports;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;

/**
 * The one place the chain is put together: a snapshot and a {@link Recipe} make a run, which computes
 * each stage once, on first use, and keeps it: the corrected snapshot, the mappings, the normalized
 * dataset, the report, its check against the printed figures with the explanation ledger, and the
 * function catalogue. Thread-safe: a stage asked for by two threads at once is computed once.
 *
 * <p>Example: {@code Run.of(snapshot, Recipe.of(Edition.resolve("spri-2025"))).report().evaluate()}
 */
public final class Run {
    /** Retained heap per character of the CSV's values, measured on 28,000 and 100,000 synthetic models (2.9). */
    private static final long BYTES_PER_CHAR = 3;
    /** Retained heap per model for the normalized dataset, its indexes and the report (1.2 KB measured). */
    private static final long BYTES_PER_MODEL = 1536;
    /** Mappings, edition and ledger: the same for every snapshot. */
    private static final long FIXED_BYTES = 2L << 20;

    private final Snapshot snapshot;
    private final Recipe recipe;
    private final List<Path> searchDirs;
    private final Stage<Mappings> mappings;
    private final Stage<List<Corrected>> corrections;
    private final Stage<NormalizedDataset> normalized;
    private final Stage<Report> report;
    private final Stage<Ledger> ledger;
    private final Stage<Check> check = new Stage<>(() -> Check.of(report(), PublishedFigures.builtIn(), ledger(),
            searchDirs(), worlds()));
    private final Stage<FunctionCatalog> catalog;
    private final Stage<Run> uncorrected = new Stage<>(this::withoutCorrections);
    private final Stage<Long> estimatedBytes;

    private Run(Snapshot snapshot, Recipe recipe, List<Path> searchDirs, Stage<Mappings> mappings, Stage<Ledger> ledger) {
        this.snapshot = snapshot;
        this.recipe = recipe;
        this.searchDirs = List.copyOf(searchDirs);
        this.mappings = mappings;
        this.ledger = ledger;
        this.corrections = new Stage<>(this::applyCorrections);
        this.normalized = new Stage<>(() -> new Normalizer(mappings()).normalize(corrected()));
        this.report = new Stage<>(() -> Reports.build(normalized()));
        this.catalog = new Stage<>(() -> FunctionCatalog.of(normalized()));
        this.estimatedBytes = new Stage<>(() -> estimate(snapshot));
    }

    /** A run sharing every data stage of {@code data} (up to the report and catalogue), with another ledger or search directories. */
    private Run(Run data, Recipe recipe, List<Path> searchDirs, Stage<Ledger> ledger) {
        this.snapshot = data.snapshot;
        this.recipe = recipe;
        this.searchDirs = List.copyOf(searchDirs);
        this.mappings = data.mappings;
        this.ledger = ledger;
        this.corrections = data.corrections;
        this.normalized = data.normalized;
        this.report = data.report;
        this.catalog = data.catalog;
        this.estimatedBytes = data.estimatedBytes;
    }

    /** A run of a recipe over a snapshot (as read, before the recipe's corrections). */
    public static Run of(Snapshot snapshot, Recipe recipe) {
        return new Run(snapshot, recipe, List.of(), new Stage<>(recipe::loadMappings), new Stage<>(recipe::loadLedger));
    }

    /**
     * A run of a recipe over a snapshot that {@code read} reads on this thread while another thread
     * resolves the recipe and loads its mappings: at the real snapshot's size the two take about as long.
     * A failure of either is thrown as it was thrown, the snapshot's first; the mappings' when they are first used.
     */
    public static Run reading(Supplier<Snapshot> read, Supplier<Recipe> recipe) {
        CompletableFuture<Recipe> resolved = CompletableFuture.supplyAsync(recipe);
        CompletableFuture<Mappings> mappings = resolved.thenApplyAsync(Recipe::loadMappings);
        Snapshot snapshot = read.get();
        Recipe r = Parallel.join(resolved);
        return new Run(snapshot, r, List.of(), new Stage<>(() -> Parallel.join(mappings)), new Stage<>(r::loadLedger));
    }

    /** This run with directories where the ledger's hypotheses also look for the snapshots they copy models from. */
    public Run searching(List<Path> dirs) {
        return new Run(this, recipe, dirs, ledger);
    }

    /** This run with a ledger file of one's own (null: the edition's built-in one). */
    public Run withLedger(Path file) {
        Recipe other = recipe.withLedger(file);
        return new Run(this, other, searchDirs, new Stage<>(other::loadLedger));
    }

    /** This run with a ledger already loaded, e.g. {@link Ledger#empty} where explanations are not wanted. */
    public Run withLedger(Ledger loaded) {
        return new Run(this, recipe, searchDirs, new Stage<>(() -> loaded));
    }

    /** This run's snapshot with other corrections files, sharing the mappings and ledger: e.g. one more file at a time. */
    public Run withCorrections(List<Path> files) {
        return new Run(snapshot, recipe.withCorrections(files), searchDirs, mappings, ledger);
    }

    /**
     * The checks of this run's snapshot as read, then with its corrections files applied one more at a
     * time (the last is this run's check): what each file changes, for docs/reproduction.md.
     */
    public List<Check> checksByCorrections() {
        List<Path> files = recipe.corrections();
        List<Check> out = new ArrayList<>();
        for (int i = 0; i <= files.size(); i++) {
            out.add(i == files.size() ? check() : withCorrections(files.subList(0, i)).check());
        }
        return out;
    }

    /** The same recipe over another snapshot, sharing the mappings and ledger already loaded: e.g. drift's second run. */
    public Run on(Snapshot other) {
        return new Run(other, recipe, searchDirs, mappings, ledger);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Recipe recipe() {
        return recipe;
    }

    public Edition edition() {
        return recipe.edition();
    }

    public List<Path> searchDirs() {
        return searchDirs;
    }

    /** The outcome of each corrections file, in the order applied (empty without corrections). */
    public List<Corrected> corrections() {
        return corrections.get();
    }

    /** The snapshot with every corrections file applied. */
    public Snapshot corrected() {
        List<Corrected> applied = corrections();
        return applied.isEmpty() ? snapshot : applied.get(applied.size() - 1).snapshot();
    }

    public Mappings mappings() {
        return mappings.get();
    }

    public NormalizedDataset normalized() {
        return normalized.get();
    }

    public Report report() {
        return report.get();
    }

    public Ledger ledger() {
        return ledger.get();
    }

    /** The report checked against the built-in printed figures, its differing cells explained by the ledger. */
    public Check check() {
        return check.get();
    }

    /** The check when it has been computed already, else empty: what a caller that must not wait for it can use. */
    public Optional<Check> computedCheck() {
        return Optional.ofNullable(check.value);
    }

    public FunctionCatalog catalog() {
        return catalog.get();
    }

    /** The same snapshot and mappings without the corrections (this run when it has none): what corrections change. */
    public Run uncorrected() {
        return uncorrected.get();
    }

    /**
     * The heap this run holds once every stage is computed, estimated from the size of the snapshot's
     * text and its number of models (within 15 % of the measured size at 28,000 and 100,000 models).
     */
    public long estimatedBytes() {
        return estimatedBytes.get();
    }

    /** The estimate of {@link #estimatedBytes()} for a CSV of {@code bytes} bytes and {@code models} rows, before reading it. */
    public static long estimateBytes(long bytes, long models) {
        return snapshotBytes(bytes) + derivedBytes(models);
    }

    /** The heap a parsed snapshot of {@code chars} characters of values holds. */
    public static long snapshotBytes(long chars) {
        return BYTES_PER_CHAR * chars;
    }

    /** The heap a run holds besides its snapshot, for {@code models} models: what another edition of a snapshot adds. */
    public static long derivedBytes(long models) {
        return FIXED_BYTES + BYTES_PER_MODEL * models;
    }

    private static long estimate(Snapshot snapshot) {
        long chars = 0;
        for (ModelRecord m : snapshot.models()) {
            chars += m.chars();
        }
        return estimateBytes(chars, snapshot.models().size());
    }

    private List<Corrected> applyCorrections() {
        List<Corrected> out = new ArrayList<>();
        Snapshot data = snapshot;
        for (Corrections f : recipe.loadCorrections()) {
            Corrected c = f.apply(data);
            out.add(c);
            data = c.snapshot();
        }
        return List.copyOf(out);
    }

    /**
     * The report of the data with hypotheses applied (no corrections: they are in the data already), for one
     * check: its worlds share most records, so one remembering normalizer makes each cheaply.
     */
    private Function<Snapshot, Report> worlds() {
        Normalizer normalizer = Normalizer.remembering(mappings());
        return hypothesised -> Reports.build(normalizer.normalize(hypothesised));
    }

    private Run withoutCorrections() {
        return recipe.corrections().isEmpty() ? this : withCorrections(List.of());
    }

    /** A value computed once, on first use; a failure is not kept, so the next caller tries again. */
    private static final class Stage<T> {
        private final Supplier<T> compute;
        private volatile T value;

        Stage(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = compute.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
