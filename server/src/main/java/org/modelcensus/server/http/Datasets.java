package org.modelcensus.server.http;

import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;
import org.modelcensus.functions.report.Reports;
import org.modelcensus.workbook.TemplateWorkbook;

/**
 * The data the server serves: a default snapshot (from {@code --data}, else the bundled sample),
 * any other snapshot a lookup (the snapshot store) finds by id, and per (snapshot, edition) the
 * evaluated report and the template workbook, each kept in a small LRU cache. A snapshot's id is
 * the sha256 of its bytes, {@code snapshot.provenance().sha256()}.
 *
 * <p>Example: {@code new Datasets(SampleData.snapshot(), store::find)}
 */
public final class Datasets {
    /** Finds no snapshot besides the default one: the server without a store. */
    public static final Function<String, Optional<Snapshot>> NO_STORE = id -> Optional.empty();

    private final Snapshot defaultSnapshot;
    private final Function<String, Optional<Snapshot>> lookup;
    private final Lru<String, Snapshot> found = new Lru<>(4);
    private final Lru<Key, Report> reports = new Lru<>(16);
    private final Lru<Key, FunctionCatalog> catalogs = new Lru<>(16);
    private final Lru<Key, byte[]> workbooks = new Lru<>(6);

    private record Key(String sha256, Edition edition) {
    }

    /**
     * @param defaultSnapshot served when a request names no snapshot
     * @param lookup          finds another snapshot by its sha256 (e.g. in the store), or empty
     */
    public Datasets(Snapshot defaultSnapshot, Function<String, Optional<Snapshot>> lookup) {
        this.defaultSnapshot = defaultSnapshot;
        this.lookup = lookup;
    }

    /** Reads {@code --data} (a path or an https URL), or the bundled sample when it is null; no store. */
    public static Datasets load(String data) {
        return new Datasets(data == null ? SampleData.snapshot() : EpochCsv.read(data), NO_STORE);
    }

    public Snapshot defaultSnapshot() {
        return defaultSnapshot;
    }

    /** The default snapshot when {@code id} is null or blank, else the snapshot with that sha256; a 404 if none. */
    public Snapshot snapshot(String id) {
        if (id == null || id.isBlank() || id.equals(defaultSnapshot.provenance().sha256())) {
            return defaultSnapshot;
        }
        Snapshot s = found.get(id, () -> lookup.apply(id).orElse(null));
        if (s == null) {
            throw new NotFoundResponse("no snapshot " + id
                    + "; a snapshot id is the sha256 of the CSV's bytes, as GET /health shows for the default one");
        }
        return s;
    }

    /** The edition with this id, or a 404 naming the known ones. */
    public static Edition edition(String id) {
        for (Edition e : Edition.builtIns()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new NotFoundResponse("no report " + id + "; known: "
                + Edition.builtIns().stream().map(Edition::id).collect(Collectors.joining(", ")));
    }

    /** The report of an edition over a snapshot (normalized with the built-in mappings), computed once. */
    public Report report(Snapshot snapshot, Edition edition) {
        return reports.get(new Key(snapshot.provenance().sha256(), edition),
                () -> Reports.build(NormalizedDataset.of(snapshot, edition)));
    }

    /**
     * The spreadsheet functions over a snapshot and edition: the same instance while cached, since
     * function results are cached per catalogue.
     */
    public FunctionCatalog catalog(Snapshot snapshot, Edition edition) {
        return catalogs.get(new Key(snapshot.provenance().sha256(), edition),
                () -> FunctionCatalog.of(report(snapshot, edition).data()));
    }

    /** The template workbook's bytes if already made. */
    public Optional<byte[]> cachedWorkbook(Snapshot snapshot, Edition edition) {
        return Optional.ofNullable(workbooks.peek(new Key(snapshot.provenance().sha256(), edition)));
    }

    /** The template workbook of an edition over a snapshot, made once; slow: call it on {@link HeavyWork}. */
    public byte[] workbook(Snapshot snapshot, Edition edition, String tool) {
        return workbooks.get(new Key(snapshot.provenance().sha256(), edition), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            try {
                NormalizedDataset data = report(snapshot, edition).data();
                TemplateWorkbook.write(TemplateWorkbook.Input.of(data, List.of(), tool), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    /** A least-recently-used cache; values are computed outside the lock (two racing requests may both compute). */
    private static final class Lru<K, V> {
        private final Map<K, V> map;

        Lru(int capacity) {
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        synchronized V peek(K key) {
            return map.get(key);
        }

        /** The cached value, else {@code compute}'s, kept unless it is null (a miss is asked again next time). */
        V get(K key, Supplier<V> compute) {
            V v = peek(key);
            if (v == null) {
                v = compute.get();
                if (v == null) {
                    return null;
                }
                synchronized (this) {
                    map.put(key, v);
                }
            }
            return v;
        }
    }
}
