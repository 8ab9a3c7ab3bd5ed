package org.modelcensus.server.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.modelcensus.functions.dataset.BadInputException;

/** Checks {@code serve --port} before Jetty sees it: Jetty reports a busy port only as a stack trace. */
final class Ports {
    static final int MAX = 65_535;

    private Ports() {
    }

    /** A port in 0..65535 (0: any free port), else a one-line error. */
    static void checkRange(int port) {
        if (port < 0 || port > MAX) {
            throw new BadInputException("--port", 0, 0, port + " is not a TCP port; use 0 to " + MAX
                    + " (0 picks a free one)");
        }
    }

    /** Binds and releases {@code port} on every interface, as Jetty will, to say early that it is taken. */
    static void checkFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new BadInputException("--port", 0, 0, "port " + port + " is already in use (" + e.getMessage()
                    + "); stop the other server or pick another --port", e);
        }
    }

    /** The error for a port the server could not listen on after all, e.g. taken since {@link #checkFree}. */
    static BadInputException cannotListen(int port, Exception cause) {
        return new BadInputException("--port", 0, 0, "cannot listen on port " + port + ": " + cause
                + "; is it already in use? pick another --port", cause);
    }
}
