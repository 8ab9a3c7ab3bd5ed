package org.modelcensus.server.functions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.run.Recipe;
import org.modelcensus.functions.run.Run;
import org.modelcensus.functions.spreadsheet.FunctionCatalog;

/**
 * Times the function API without HTTP: a batch of {@value FunctionApi#MAX_BATCH} calls (all distinct,
 * so the first run fills the cache and later runs read it) and single calls. Not a test.
 * Run: {@code java -cp server/target/census.jar org.modelcensus.server.functions.FunctionApiBenchmark [EPOCH.csv]}
 */
public final class FunctionApiBenchmark {
    private static final String[] COUNTRIES = {"KR", "US", "CN", "GB", "FR", "JP", "DE", "CA", "", "IL"};
    private static final String[] DOMAINS = {"", "Language", "Vision", "Multimodal"};

    private FunctionApiBenchmark() {
    }

    public static void main(String[] args) {
        Snapshot snapshot = args.length > 0 ? EpochCsv.read(Path.of(args[0])) : SampleData.snapshot();
        FunctionCatalog catalog = Run.of(snapshot, Recipe.of(Edition.of("spri-2025"))).catalog();
        System.out.printf(Locale.ROOT, "dataset: %s, %.0f models%n", args.length > 0 ? args[0] : "sample",
                catalog.find("COUNT").map(f -> f.call(java.util.List.of()).value()).orElseThrow());
        byte[] batch = batch();
        for (int round = 0; round < 8; round++) {
            FunctionApi api = new FunctionApi(CatalogSource.fixed(catalog)); // cold cache
            long t0 = System.nanoTime();
            FunctionApi.Response cold = api.batch(null, null, batch);
            long t1 = System.nanoTime();
            FunctionApi.Response warm = api.batch(null, null, batch);
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "batch of %d calls: cold cache %.1f ms, warm cache %.1f ms (%d, %d bytes)%n",
                    FunctionApi.MAX_BATCH, (t1 - t0) / 1e6, (t2 - t1) / 1e6, cold.json().length, warm.json().length);
        }
        FunctionApi api = new FunctionApi(CatalogSource.fixed(catalog));
        byte[] one = "{\"args\":[2024,2024,\"KR\"]}".getBytes(StandardCharsets.UTF_8);
        int n = 1_000_000;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                api.call(null, null, "COUNT", one);
            }
            System.out.printf(Locale.ROOT, "single cached call (parse + cache + write): %.2f µs%n",
                    (System.nanoTime() - t0) / 1e3 / n);
        }
    }

    /** 10,000 distinct COUNT, COUNTRY_RANK and CAGR calls. */
    static byte[] batch() {
        StringBuilder body = new StringBuilder("{\"calls\":[");
        for (int i = 0; i < FunctionApi.MAX_BATCH; i++) {
            int from = 2017 + i % 8;
            int to = from + (i / 8) % 3;
            String country = COUNTRIES[(i / 24) % COUNTRIES.length];
            String domain = DOMAINS[(i / 240) % DOMAINS.length];
            body.append(i == 0 ? "" : ",");
            switch (i % 5) {
                case 0, 1, 2 -> body.append("{\"name\":\"COUNT\",\"args\":[").append(from).append(',').append(to)
                        .append(",\"").append(country).append("\",\"").append(domain).append("\"]}");
                case 3 -> body.append("{\"name\":\"COUNTRY_RANK\",\"args\":[\"").append(country.isEmpty() ? "KR" : country)
                        .append("\",").append(from).append(',').append(to).append("]}");
                default -> body.append("{\"name\":\"CAGR\",\"args\":[").append(1 + i).append(",").append(2 * i + 5)
                        .append(",4]}");
            }
        }
        return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
