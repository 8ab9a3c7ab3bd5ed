package org.modelcensus.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a large answer (a workbook, a long table) whole or not at all: the bytes are made in memory
 * first, within {@link #DEADLINE}, then sent uncompressed with a {@code Content-Length}, so a client
 * never takes a cut body for a whole one. Past the deadline the answer is a 503 with {@code Retry-After}
 * (the job goes on, and its result is cached for the retry). The deadline ends well within
 * {@link CensusServer#STOP_TIMEOUT}, so a graceful stop always leaves time to send what was made.
 *
 * <p>Example: {@code WholeDownload.send(ctx, heavy.submit(() -> workbook()));}
 */
final class WholeDownload {
    /** How long a download may take to make: the stop timeout less {@link #SEND_TIME} to send it. */
    static final Duration DEADLINE = Duration.ofSeconds(20);
    /** What a stopping server keeps for sending a download made just before the deadline. */
    static final Duration SEND_TIME = CensusServer.STOP_TIMEOUT.minus(DEADLINE);
    /** Seconds a client is told to wait before asking again for a download that took too long. */
    static final int RETRY_AFTER_SECONDS = 30;

    private WholeDownload() {
    }

    /** Sends the bytes {@code made} completes with, or a 503 when they take longer than {@link #DEADLINE}. */
    static void send(Context ctx, CompletableFuture<byte[]> made) {
        ctx.future(() -> made.copy().orTimeout(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)
                .handle((bytes, failure) -> {
                    if (failure != null) {
                        throw unwrapped(failure);
                    }
                    send(ctx, bytes);
                    return null;
                }));
    }

    /** Sends {@code bytes} whole: uncompressed, with their Content-Length. */
    static void send(Context ctx, byte[] bytes) {
        ctx.disableCompression();
        ctx.header("Content-Length", Long.toString(bytes.length));
        ctx.result(bytes);
    }

    private static RuntimeException unwrapped(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return new HttpResponseException(503, "the download took longer than " + DEADLINE.toSeconds() + " s to "
                    + "make; it goes on being made: retry in " + RETRY_AFTER_SECONDS + " s",
                    Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
        }
        return cause instanceof RuntimeException r ? r : new CompletionException(cause);
    }
}
