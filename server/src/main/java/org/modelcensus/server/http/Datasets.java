package org.modelcensus.server.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.run.Recipe;
import org.modelcensus.functions.run.Run;
import org.modelcensus.workbook.TemplateWorkbook;

/**
 * The runs the server serves: one per snapshot and edition (built-in recipe), over a default snapshot
 * (from {@code --data}, else the bundled sample) and any snapshot a lookup (the snapshot store) finds by
 * its id, the sha256 of its bytes. Runs live in one cache weighed in bytes ({@link Run#estimatedBytes()},
 * plus a workbook's bytes once made) against {@link MemoryBudget#cacheBytes()}; a run not in the cache is
 * made on the heavy-work pool, which holds its estimated size while it is made, so a burst of snapshots
 * queues or answers 503 instead of running out of memory.
 *
 * <p>Example: {@code datasets.run(null, Edition.defaultEdition(), heavy).thenAccept(served -> served.run().report())}
 */
public final class Datasets {
    /** Finds no snapshot besides the default one: the server without a store. */
    public static final Function<String, Optional<Snapshot>> NO_STORE = id -> Optional.empty();

    /** A snapshot the lookup found and has not read yet: its size (for the memory estimate) and how to read it. */
    public record Found(long bytes, int rows, Supplier<Snapshot> read) {
    }

    /** Finds a snapshot by id, without reading it. */
    @FunctionalInterface
    public interface Lookup {
        Optional<Found> find(String id);
    }

    private record Key(String sha256, Recipe recipe) {
    }

    private final Snapshot defaultSnapshot;
    private final Lookup lookup;
    private final Cache<Key, Served> cache;

    /** Datasets over a default snapshot and a lookup, whose runs the cache keeps within {@code budget.cacheBytes()}. */
    private Datasets(Snapshot defaultSnapshot, Lookup lookup, MemoryBudget budget) {
        this.defaultSnapshot = defaultSnapshot;
        this.lookup = lookup;
        this.cache = Caffeine.newBuilder().maximumWeight(budget.cacheBytes())
                .weigher((Key k, Served s) -> (int) Math.min(Integer.MAX_VALUE, s.weight()))
                .build();
    }

    /** Datasets over a default snapshot and a finder of parsed snapshots (e.g. {@link #NO_STORE}), within this heap's budget. */
    public Datasets(Snapshot defaultSnapshot, Function<String, Optional<Snapshot>> finder) {
        this(defaultSnapshot, (Lookup) id -> finder.apply(id).map(s -> new Found(0, 0, () -> s)),
                MemoryBudget.ofThisHeap());
    }

    /** Datasets over a default snapshot and a store's lookup, which tells a snapshot's size before reading it. */
    public static Datasets withStore(Snapshot defaultSnapshot, Lookup lookup, MemoryBudget budget) {
        return new Datasets(defaultSnapshot, lookup, budget);
    }

    /** Reads {@code --data} (a path or an https URL), or the bundled sample when it is null; no store. */
    public static Datasets load(String data) {
        return new Datasets(data == null ? SampleData.snapshot() : EpochCsv.read(data), NO_STORE);
    }

    public Snapshot defaultSnapshot() {
        return defaultSnapshot;
    }

    /**
     * The served run of the snapshot {@code id} names (null or empty: the default one) and an edition: at
     * once when cached, else made on the heavy-work pool (with its report computed). A 404 for an unknown id
     * or one of blanks only, a 503 when the pool is full, a 413 when the snapshot could never fit the memory budget.
     */
    public CompletableFuture<Served> run(String id, Edition edition, HeavyWork heavy) {
        return runs(id, List.of(edition), heavy).thenApply(list -> list.get(0));
    }

    /** The served runs of one snapshot and several editions, as {@link #run}, made in one heavy job (one read). */
    public CompletableFuture<List<Served>> runs(String id, List<Edition> editions, HeavyWork heavy) {
        String sha = sha(id);
        List<Key> keys = editions.stream().map(e -> new Key(sha, Recipe.of(e))).toList();
        List<Served> cached = keys.stream().map(cache::getIfPresent).toList();
        if (!cached.contains(null)) {
            return CompletableFuture.completedFuture(cached);
        }
        long bytes = bytesToMake(sha, cached.stream().filter(Objects::isNull).count());
        return heavy.submitShared(keys, bytes, () -> keys.stream().map(this::make).toList());
    }

    /**
     * Makes and caches the run of a key, reading its snapshot unless another edition's run has it already.
     * Made outside the cache's lock (Caffeine asks computations to be short): two racing callers may both
     * make it, and the first one cached wins; the routes' {@link HeavyWork#submitShared} makes that rare.
     */
    private Served make(Key key) {
        Served cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        String sha = key.sha256();
        Snapshot parsed = parsed(sha);
        Snapshot snapshot = parsed != null ? parsed : lookup.find(sha).orElseThrow(() -> unknown(sha)).read().get();
        Served made = new Served(Run.of(snapshot, key.recipe()));
        made.run().report();
        Served first = cache.asMap().putIfAbsent(key, made);
        return first != null ? first : made;
    }

    /**
     * The heap that holding the run of snapshot {@code id} (null: the default) and an edition takes: its
     * size when cached, else what making it takes. A 404 for an unknown id.
     */
    public long bytesToHold(String id, Edition edition) {
        String sha = sha(id);
        Served cached = cache.getIfPresent(new Key(sha, Recipe.of(edition)));
        return cached != null ? cached.run().estimatedBytes() : bytesToMake(sha, 1);
    }

    /** The heap making {@code runs} runs of snapshot {@code sha} takes: reading it unless parsed, and each run. */
    private long bytesToMake(String sha, long runs) {
        Snapshot parsed = parsed(sha);
        if (parsed != null) {
            return runs * Run.derivedBytes(parsed.models().size());
        }
        Found found = lookup.find(sha).orElseThrow(() -> unknown(sha));
        // Reading holds the file's bytes beside the parsed snapshot, then each edition adds its run.
        return found.bytes() + Run.snapshotBytes(found.bytes()) + runs * Run.derivedBytes(found.rows());
    }

    /**
     * The served run, made on the calling thread when not cached (the function routes, tests); a 404 for
     * an unknown or blank id.
     */
    public Served runNow(String id, Edition edition) {
        return make(new Key(sha(id), Recipe.of(edition)));
    }

    /** The estimated bytes of the runs the cache holds now (within {@link MemoryBudget#cacheBytes()}); /health shows it. */
    public long cachedBytes() {
        cache.cleanUp();
        return cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** How many runs the cache holds now. */
    public long cachedRuns() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Re-weighs a served run after it grew (e.g. it keeps a workbook now). */
    void grew(Served served) {
        Run run = served.run();
        cache.asMap().computeIfPresent(new Key(run.snapshot().provenance().sha256(), run.recipe()), (k, v) -> v);
    }

    /** The snapshot id a request names: the default one for none or an empty one; a 404 for one of blanks only. */
    private String sha(String id) {
        if (id == null || id.isEmpty()) {
            return defaultSnapshot.provenance().sha256();
        }
        if (id.isBlank()) {
            throw unknown(id);
        }
        return id.strip();
    }

    /** The snapshot with this id if already in memory (the default one, or read for another edition's run), else null. */
    private Snapshot parsed(String sha) {
        if (sha.equals(defaultSnapshot.provenance().sha256())) {
            return defaultSnapshot;
        }
        for (Map.Entry<Key, Served> e : cache.asMap().entrySet()) {
            if (e.getKey().sha256().equals(sha)) {
                return e.getValue().run().snapshot();
            }
        }
        return null;
    }

    private static NotFoundResponse unknown(String id) {
        return new NotFoundResponse("no snapshot '" + id + "'; a snapshot id is the sha256 of the CSV's bytes, as "
                + "GET /health shows for the default one");
    }

    /** A run as the server keeps it, with what routes make of it once: the template workbook, the function registry. */
    public final class Served {
        private final Run run;
        private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();
        private volatile byte[] workbook;

        Served(Run run) {
            this.run = run;
        }

        public Run run() {
            return run;
        }

        /** Something made of the run once and kept with it (e.g. the function registry of its catalogue). */
        public <T> T derived(Class<T> type, Function<Run, T> make) {
            return type.cast(derived.computeIfAbsent(type, t -> make.apply(run)));
        }

        /** The template workbook's bytes if already made. */
        public Optional<byte[]> cachedWorkbook() {
            return Optional.ofNullable(workbook);
        }

        /** The template workbook, made once; slow: call it on {@link HeavyWork}. */
        public synchronized byte[] workbook(String tool) {
            if (workbook == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                try {
                    TemplateWorkbook.write(TemplateWorkbook.Input.of(run, tool), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                workbook = out.toByteArray();
                grew(this);
            }
            return workbook;
        }

        /** Heap a workbook of this run needs while it is written: rows in the window, the deflated sheets and the growing output. */
        public long workbookBytes() {
            return (48L << 20) + 2048L * run.snapshot().models().size();
        }

        long weight() {
            byte[] w = workbook;
            return run.estimatedBytes() + (w == null ? 0 : w.length);
        }
    }
}
