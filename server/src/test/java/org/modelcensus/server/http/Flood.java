package org.modelcensus.server.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** GET requests to a server on loopback, so many at once, counted by status: for the load tests. */
final class Flood {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration timeout;

    Flood(Duration timeout) {
        this.timeout = timeout;
    }

    /** The status of one GET. */
    int get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** GETs every URL, {@code atOnce} at a time; how many answers had each status. */
    Map<Integer, Integer> statuses(List<String> urls, int atOnce) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String url : urls) {
                answers.add(pool.submit(() -> get(url)));
            }
            Map<Integer, Integer> codes = new TreeMap<>();
            for (Future<Integer> a : answers) {
                codes.merge(a.get(), 1, Integer::sum);
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
