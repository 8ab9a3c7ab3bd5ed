package org.modelcensus.server.http;

import io.javalin.config.JettyConfig;
import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Jetty's own limits on what one slow or idle client may hold, so {@code /health} and the small routes
 * keep answering while hundreds of clients trickle bytes: a request is handed to a thread only once
 * its body has started to arrive, a body slower than {@link #MIN_BODY_BYTES_PER_SECOND} on average is
 * answered 408 and its connection closed, a connection silent for {@link #IDLE_TIMEOUT} is closed, and
 * at most {@link #MAX_CONNECTIONS} connections are open at once (then new ones wait in the kernel's
 * queue while open ones get the shorter {@link #IDLE_TIMEOUT_WHEN_FULL}).
 */
final class ClientLimits {
    /** The slowest average a request body may arrive at: a 1 MiB body over a 4 KiB/s line still fits. */
    static final long MIN_BODY_BYTES_PER_SECOND = 4096;
    /** How long a connection may send nothing (headers, body or between requests) before it is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    /** Connections open at once. */
    static final int MAX_CONNECTIONS = 2000;
    /** The idle timeout while {@link #MAX_CONNECTIONS} are open. */
    static final Duration IDLE_TIMEOUT_WHEN_FULL = Duration.ofSeconds(2);

    private ClientLimits() {
    }

    static void applyTo(JettyConfig jetty) {
        jetty.modifyHttpConfiguration(http -> {
            http.setDelayDispatchUntilContent(true);
            http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
        });
        jetty.modifyServer(server -> {
            ConnectionLimit limit = new ConnectionLimit(MAX_CONNECTIONS, server);
            limit.setIdleTimeout(IDLE_TIMEOUT_WHEN_FULL.toMillis());
            server.addBean(limit);
            // On the connectors, which exist once the server starts: set on the HttpConfiguration instead, a
            // request ending during a graceful stop would restore the long timeout and hold the stop up.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector c : server.getConnectors()) {
                        if (c instanceof AbstractConnector connector) {
                            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                        }
                    }
                }
            });
        });
    }
}
