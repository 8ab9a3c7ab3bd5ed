package org.modelcensus.server.http;

import io.javalin.Javalin;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modelcensus.functions.dataset.Provenance;

/** {@code GET /health}: status, the default snapshot (sha256, source, sample), free heavy-work slots, the cache of runs against its budget, and uptime. */
final class HealthRoutes implements Routes {
    private final Datasets datasets;
    private final HeavyWork heavy;
    private final Instant started;

    HealthRoutes(Datasets datasets, HeavyWork heavy, Instant started) {
        this.datasets = datasets;
        this.heavy = heavy;
        this.started = started;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/health", ctx -> {
            Provenance p = datasets.defaultSnapshot().provenance();
            Map<String, Object> snapshot = new LinkedHashMap<>();
            snapshot.put("sha256", p.sha256());
            snapshot.put("source", p.source());
            snapshot.put("rows", p.rows());
            snapshot.put("schema", p.generation());
            snapshot.put("missingFields", p.missingFields());
            snapshot.put("sample", p.sample());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ok");
            body.put("snapshot", snapshot);
            body.put("heavyWorkSlotsFree", heavy.available());
            Map<String, Object> cache = new LinkedHashMap<>();
            cache.put("runs", datasets.cachedRuns());
            cache.put("estimatedBytes", datasets.cachedBytes());
            cache.put("budgetBytes", heavy.budget().cacheBytes());
            cache.put("heavyJobBudgetBytes", heavy.budget().jobBytes());
            body.put("cache", cache);
            body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
            ctx.json(body);
        });
    }
}
