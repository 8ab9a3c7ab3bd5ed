package org.modelcensus.server.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Unmapped;
import org.modelcensus.functions.dataset.SampleData;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.server.evaluate.EvaluateRoutes;
import org.modelcensus.server.functions.CatalogSource;
import org.modelcensus.server.functions.FunctionRoutes;
import org.modelcensus.server.http.CensusServer;
import org.modelcensus.server.http.Datasets;
import org.modelcensus.server.http.HeavyWork;
import org.modelcensus.server.http.Https;
import org.modelcensus.server.http.Routes;
import org.modelcensus.server.http.ServerConfig;
import org.modelcensus.server.store.SnapshotRoutes;
import org.modelcensus.server.store.SnapshotInfo;
import org.modelcensus.server.store.SnapshotStore;
import org.modelcensus.server.store.UnknownSnapshotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Serve the report tables (CSV, JSON), template workbooks, the spreadsheet functions, the Office "
        + "add-in and /health over HTTP "
        + "until stopped; writes need the bearer token from --token-file.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", paramLabel = "FILE|URL|ID", description = "the default Epoch CSV: a file path or an https "
            + "URL; with --store, a stored snapshot's id or latest, resolved at start-up (default: the bundled sample)")
    String data;

    @Option(names = "--store", paramLabel = "DIR", description = "snapshot store directory: snapshots imported "
            + "through POST /api/v1/snapshots, served with ?snapshot=SHA256 (default: no store)")
    Path store;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the bearer token writes need (without it, writes are refused)")
    Path tokenFile;

    @Option(names = "--heavy-jobs", defaultValue = "2",
            description = "heavy jobs (workbooks, evaluations) run at once, at most what the heap holds; "
                    + "4 more per job wait, beyond that 503 (default: ${DEFAULT-VALUE})")
    int heavyJobs;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "serve HTTPS (only) with the key and "
            + "certificate of this PKCS12 or JKS key store; its password from --tls-password-file or the environment "
            + "variable " + TLS_PASSWORD_ENV)
    Path tlsKeystore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "file holding the key store password")
    Path tlsPasswordFile;

    static final String TLS_PASSWORD_ENV = "CENSUS_TLS_PASSWORD";

    @Option(names = "--strict", description = "refuse to start (exit 2) when the default data has questionable values "
            + "or unmapped values of it reach an edition's tables")
    boolean strict;

    /**
     * Logs the one-line unmapped warning of the default data for each edition; false when any was logged.
     * The runs it makes stay in the cache: the first requests for the default snapshot find them.
     */
    private static boolean warnUnmapped(Datasets datasets) {
        boolean clean = true;
        for (Edition edition : Edition.builtIns()) {
            var warning = Unmapped.of(datasets.runNow(null, edition).run().normalized()).warning();
            if (warning.isPresent()) {
                LOG.warn("{}: {}", edition.id(), warning.get());
                clean = false;
            }
        }
        return clean;
    }

    @Override
    public Integer call() throws InterruptedException {
        quietLibraryLogs();
        Ports.checkRange(port);
        Ports.checkFree(port);
        ServerConfig defaults = ServerConfig.defaults();
        ServerConfig config = defaults.withPort(port).withData(data).withStore(store).withToken(token())
                .withLimits(defaults.maxRequestBytes(), defaults.maxUploadBytes(), heavyJobsFittingTheHeap())
                .withTool(Census.VERSION);
        KeyStore keyStore = null;
        char[] tlsPassword = null;
        if (tlsKeystore != null) {
            tlsPassword = tlsPassword();
            keyStore = Https.load(tlsKeystore, tlsPassword);
        } else if (tlsPasswordFile != null) {
            throw new BadInputException(tlsPasswordFile.toString(), 0, 0, "--tls-password-file needs --tls-keystore");
        }
        Snapshot defaultSnapshot = data == null ? SampleData.snapshot() : SnapshotArgument.read(store, "--data", data);
        if (!defaultSnapshot.provenance().missingFields().isEmpty()) {
            LOG.warn("{}", defaultSnapshot.provenance().missingFieldsNote());
        }
        QuestionableNotes.lines(defaultSnapshot.questionable()).forEach(LOG::warn);
        if (strict && !defaultSnapshot.questionable().isEmpty()) {
            return 2;
        }
        List<Routes> routes = new ArrayList<>();
        HeavyWork heavy = HeavyWork.forServer(config.heavyPoolSize());
        Datasets datasets;
        if (store == null) {
            datasets = new Datasets(defaultSnapshot, Datasets.NO_STORE);
        } else {
            SnapshotStore snapshots = SnapshotStore.open(store);
            snapshots.recoveryNotes().forEach(LOG::warn);
            datasets = Datasets.withStore(defaultSnapshot, id -> {
                try {
                    SnapshotInfo info = snapshots.metadata(id);
                    return Optional.of(new Datasets.Found(info.sizeBytes(), info.rows(), () -> snapshots.snapshot(id)));
                } catch (UnknownSnapshotException e) {
                    return Optional.empty();
                }
            }, heavy.budget());
            routes.add(new SnapshotRoutes(snapshots));
        }
        if (!warnUnmapped(datasets) && strict) {
            return 2;
        }
        routes.add(new FunctionRoutes(CatalogSource.of(datasets)));
        routes.add(new EvaluateRoutes(CatalogSource.of(datasets), heavy));
        Javalin app = CensusServer.create(config, datasets, heavy, routes.toArray(Routes[]::new));
        if (keyStore != null) {
            Https.serve(app, keyStore, tlsPassword, port);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        app.events(e -> e.serverStopped(stopped::countDown));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("census serve: stopping; requests in progress have up to {} s to finish",
                    CensusServer.STOP_TIMEOUT.toSeconds());
            app.stop();
        }, "census-serve-stop"));
        start(app);
        LOG.info("census serve: listening on {}://localhost:{}/ (data: {}; writes {})", keyStore == null ? "http" : "https",
                app.port(), data == null ? "bundled SAMPLE" : defaultSnapshot.provenance().describe(), config.token().isPresent() ? "need the token" : "disabled");
        stopped.await();
        return 0;
    }

    /** Starts listening; a port taken since {@link Ports#checkFree} is one line too, not Jetty's stack trace. */
    private void start(Javalin app) {
        try {
            app.start(port);
        } catch (Exception e) {
            // Javalin stops Jetty after a failed bind and may rethrow the stop's (checked) error instead of the bind's.
            throw Ports.cannotListen(port, e);
        }
    }

    /** --heavy-jobs, lowered (with a warning) to what the heap holds, so a burst of heavy work cannot run it out of memory. */
    private int heavyJobsFittingTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        int fitting = HeavyWork.slotsFitting(heavyJobs, heap);
        if (fitting < heavyJobs) {
            LOG.warn("a heap of {} MiB holds {} heavy jobs ({} MiB + {} MiB each), not --heavy-jobs {}: running {}; "
                    + "raise -Xmx (CENSUS_JAVA_OPTS) for more", heap >> 20, fitting, HeavyWork.BASE_HEAP_BYTES >> 20,
                    HeavyWork.JOB_HEAP_BYTES >> 20, heavyJobs, fitting);
        }
        return fitting;
    }

    /** Jetty's and Javalin's start-up chatter at info would bury the one line that says where the server is. */
    private static void quietLibraryLogs() {
        for (String logger : new String[] {"org.eclipse.jetty", "io.javalin"}) {
            String key = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(key) == null) {
                System.setProperty(key, "warn");
            }
        }
    }

    /** The key store password: the first line of --tls-password-file, else $CENSUS_TLS_PASSWORD, else none. */
    private char[] tlsPassword() {
        if (tlsPasswordFile != null) {
            try {
                return Files.readString(tlsPasswordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("")
                        .toCharArray();
            } catch (IOException e) {
                throw new BadInputException(tlsPasswordFile.toString(), 0, 0,
                        "cannot read the key store password file: " + e.getMessage(), e);
            }
        }
        String env = System.getenv(TLS_PASSWORD_ENV);
        return env == null ? new char[0] : env.toCharArray();
    }

    private String token() {
        if (tokenFile == null) {
            return null;
        }
        try {
            String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (token.length() < 16) {
                throw new BadInputException(tokenFile.toString(), 0, 0, "the token must have at least 16 characters");
            }
            return token;
        } catch (IOException e) {
            throw new BadInputException(tokenFile.toString(), 0, 0, "cannot read the token file: " + e.getMessage(), e);
        }
    }
}
