package org.modelcensus.server.http;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a server runs: port, data, write token and limits. Immutable; start from {@link #defaults()}
 * and change one setting at a time, e.g. {@code ServerConfig.defaults().withPort(0).withToken("s3cret")}.
 *
 * @param port            TCP port (0: any free port)
 * @param data            the default snapshot: a file path or an https URL; null for the bundled sample
 * @param store           the snapshot store directory (reserved for the store; null without one)
 * @param token           the bearer token writes need; empty: writes are refused
 * @param maxRequestBytes the largest request body any route accepts (uploads excepted)
 * @param maxUploadBytes  the largest body a route marked {@link Access#UPLOAD} accepts
 * @param heavyPoolSize   how many heavy jobs (workbook generation, evaluation) run at once; more get 503
 * @param allowedOrigins  CORS origins allowed besides the Office hosts, exactly as browsers send them
 * @param tool            the generating tool and version written into workbooks
 */
public record ServerConfig(int port, String data, Path store, Optional<String> token, long maxRequestBytes,
        long maxUploadBytes, int heavyPoolSize, List<String> allowedOrigins, String tool) {
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
        if (maxRequestBytes <= 0 || maxUploadBytes <= 0 || heavyPoolSize <= 0) {
            throw new IllegalArgumentException("limits must be positive: request " + maxRequestBytes + ", upload "
                    + maxUploadBytes + ", heavy pool " + heavyPoolSize);
        }
        token = token.filter(t -> !t.isBlank());
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Port 7070, the sample data, no token, 1 MiB requests, 256 MiB uploads, 2 heavy jobs, localhost origins. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, null, null, Optional.empty(), 1L << 20, 256L << 20, 2,
                localOrigins(DEFAULT_PORT), "census");
    }

    /** The server's own origins when reached on this machine: {@code http://localhost:PORT}, {@code http://127.0.0.1:PORT}. */
    public static List<String> localOrigins(int port) {
        return List.of("http://localhost:" + port, "http://127.0.0.1:" + port);
    }

    /** Another port; the local origins follow it if they were the defaults. */
    public ServerConfig withPort(int value) {
        List<String> origins = allowedOrigins.equals(localOrigins(port)) ? localOrigins(value) : allowedOrigins;
        return new ServerConfig(value, data, store, token, maxRequestBytes, maxUploadBytes, heavyPoolSize, origins, tool);
    }

    public ServerConfig withData(String value) {
        return new ServerConfig(port, value, store, token, maxRequestBytes, maxUploadBytes, heavyPoolSize, allowedOrigins, tool);
    }

    public ServerConfig withStore(Path value) {
        return new ServerConfig(port, data, value, token, maxRequestBytes, maxUploadBytes, heavyPoolSize, allowedOrigins, tool);
    }

    public ServerConfig withToken(String value) {
        return new ServerConfig(port, data, store, Optional.ofNullable(value), maxRequestBytes, maxUploadBytes,
                heavyPoolSize, allowedOrigins, tool);
    }

    public ServerConfig withLimits(long requestBytes, long uploadBytes, int heavyPool) {
        return new ServerConfig(port, data, store, token, requestBytes, uploadBytes, heavyPool, allowedOrigins, tool);
    }

    public ServerConfig withAllowedOrigins(List<String> value) {
        return new ServerConfig(port, data, store, token, maxRequestBytes, maxUploadBytes, heavyPoolSize, value, tool);
    }

    public ServerConfig withTool(String value) {
        return new ServerConfig(port, data, store, token, maxRequestBytes, maxUploadBytes, heavyPoolSize, allowedOrigins, value);
    }
}
