package org.modelcensus.functions.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches a file over http(s) with a cap on its size and on the whole download's time (the
 * HTTP client's own timeout stops at the response headers; a stalled body would hang forever).
 */
final class Download {
    private Download() {
    }

    /** The body of a 200 response, at most {@code maxBytes} long, received in full within {@code timeout}. */
    static byte[] fetch(URI url, long maxBytes, Duration timeout) {
        String source = url.toString();
        if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
            throw new BadInputException(source, 0, 0, "only http and https URLs can be downloaded");
        }
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = send(url, timeout);
            try (InputStream body = response.body()) {
                checkResponse(source, response, maxBytes);
                return readWithin(source, body, maxBytes, timeout.minusNanos(System.nanoTime() - start));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(source, 0, 0, "cannot download: " + reason(url, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(source, 0, 0, "download interrupted", e);
        }
    }

    private static HttpResponse<InputStream> send(URI url, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static void checkResponse(String source, HttpResponse<InputStream> response, long maxBytes) {
        if (response.statusCode() != 200) {
            throw new BadInputException(source, 0, 0, "the server answered HTTP " + response.statusCode()
                    + " instead of 200 OK");
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length > maxBytes) {
            throw new BadInputException(source, 0, 0, "the file is " + length + " bytes; the limit is " + maxBytes);
        }
    }

    /** Reads the body; a watchdog closes the stream at the deadline so a stalled read returns. */
    private static byte[] readWithin(String source, InputStream body, long maxBytes, Duration timeout)
            throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> expire(expired, body),
                CompletableFuture.delayedExecutor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS));
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            if (!expired.get()) {
                throw e;
            }
            bytes = null;
        } finally {
            watchdog.cancel(false);
        }
        return checkBody(source, bytes, expired.get(), maxBytes);
    }

    private static byte[] checkBody(String source, byte[] bytes, boolean expired, long maxBytes) {
        if (expired) {
            throw new BadInputException(source, 0, 0, "the download did not finish in time");
        }
        if (bytes.length > maxBytes) {
            throw new BadInputException(source, 0, 0, "the download exceeds the limit of " + maxBytes + " bytes");
        }
        return bytes;
    }

    /** The first message along the causes; the HTTP client's ConnectException has none at all. */
    private static String reason(URI url, Exception e) {
        if (e instanceof ConnectException) {
            return "no connection to " + url.getAuthority() + " (unknown host, or nothing listening)";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void expire(AtomicBoolean expired, InputStream body) {
        expired.set(true);
        try {
            body.close();
        } catch (IOException e) {
            // Closing only unblocks the reader; the expired flag already carries the outcome.
        }
    }
}
