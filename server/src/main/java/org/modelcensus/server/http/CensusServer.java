package org.modelcensus.server.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.modelcensus.server.store.UploadSpool;

/**
 * Builds the census HTTP server, configured but not started: error mapping, CORS, tokens and size
 * limits first, then {@code /health}, the report routes, the web page at {@code /} and any extra {@link Routes}.
 *
 * <p>Example: {@code CensusServer.create(ServerConfig.defaults(), functionRoutes).start(7070)}; in
 * tests, {@code JavalinTest.test(CensusServer.create(config), (server, client) -> ...)}.
 */
public final class CensusServer {
    /**
     * How long a stopping server (SIGTERM) lets requests in progress finish: the longest heavy job
     * allowed, an evaluation's 20 s deadline, plus 10 s to write its answer or finish a workbook.
     */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private CensusServer() {
    }

    /** A server over {@code config.data()} (or the sample) with a heavy-work pool of {@code config.heavyPoolSize()}. */
    public static Javalin create(ServerConfig config, Routes... extra) {
        return create(config, Datasets.load(config.data()), HeavyWork.forServer(config.heavyPoolSize()), extra);
    }

    /** A server over given datasets and heavy-work pool (closed when the server stops). */
    public static Javalin create(ServerConfig config, Datasets datasets, HeavyWork heavy, Routes... extra) {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            // Javalin checks only Content-Length against this; BodyLimit caps what is actually read.
            c.http.maxRequestSize = config.maxRequestBytes();
            c.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(new FilterHolder(new BodyLimit(config.maxRequestBytes())), "/*",
                        EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.allOf(DispatcherType.class));
                handler.setErrorHandler(new JsonErrorHandler());
            });
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            if (config.store() != null) {
                // Spooled parts of a killed upload stay in this process's spool, which the next start-up deletes.
                c.jetty.multipartConfig.cacheDirectory(UploadSpool.of(config.store()).toString());
            }
            ClientLimits.applyTo(c.jetty);
            c.jetty.modifyServer(server -> {
                // Javalin's StatisticsHandler makes Jetty's stop graceful: no new connections, running requests finish.
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
                // Errors Jetty raises before any handler (bad URI, header too large) answer JSON too.
                server.setErrorHandler(new JsonErrorHandler());
            });
            c.events.serverStopping(heavy::stopAccepting);
            c.events.serverStopped(heavy::close);
            if (config.store() != null) {
                c.events.serverStopped(() -> UploadSpool.release(config.store()));
            }
        });
        ApiErrors.addTo(app);
        new Cors(config.allowedOrigins()).addTo(app);
        new AccessControl(config).addTo(app);
        app.beforeMatched(CensusServer::refuseBlankSnapshotIds);
        new HealthRoutes(datasets, heavy, Instant.now()).addTo(app);
        new ReportRoutes(datasets, heavy, config.tool()).addTo(app);
        new DownloadRoutes(datasets, heavy).addTo(app);
        new DriftRoutes(datasets, heavy).addTo(app);
        new WebRoutes(config.store() != null).addTo(app);
        for (Routes r : extra) {
            r.addTo(app);
        }
        return app;
    }

    /** A snapshot id of spaces is nobody's snapshot: 404, not the default one ({@code ?snapshot=} empty still is). */
    private static void refuseBlankSnapshotIds(Context ctx) {
        String query = ctx.queryParam("snapshot");
        String path = ctx.pathParamMap().get("id");
        if (query != null && !query.isEmpty() && query.isBlank() || path != null && path.isBlank()) {
            throw new NotFoundResponse("no snapshot of blank id; a snapshot id is the sha256 of the CSV's bytes, "
                    + "as GET /health shows for the default one");
        }
    }
}
