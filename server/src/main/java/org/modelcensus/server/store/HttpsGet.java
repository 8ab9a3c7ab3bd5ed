package org.modelcensus.server.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over TLS to an address already checked, so DNS is never asked again between
 * the check and the connection (no rebinding). The certificate is verified against the URL's
 * host name (SNI and endpoint identification), the body capped in size and the whole exchange
 * bounded by a deadline: every read's timeout is the time left.
 */
final class HttpsGet {
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    /** A response: status, lower-cased header names, and the body (empty for redirects). */
    record Response(int status, Map<String, String> headers, byte[] body) {
    }

    private final SSLSocketFactory tls;

    HttpsGet(SSLSocketFactory tls) {
        this.tls = tls;
    }

    Response get(URI uri, InetAddress pinned, long maxBytes, long deadlineNanos) throws IOException {
        String host = UrlImport.host(uri);
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        try (Socket raw = new Socket()) {
            raw.connect(new InetSocketAddress(pinned, port), remainingMillis(deadlineNanos));
            try (SSLSocket socket = (SSLSocket) tls.createSocket(raw, host, port, true)) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!UrlImport.isIpLiteral(host)) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                socket.setSSLParameters(parameters);
                socket.setSoTimeout(remainingMillis(deadlineNanos));
                socket.startHandshake();
                sendRequest(socket.getOutputStream(), uri);
                InputStream in = new DeadlineInputStream(new BufferedInputStream(socket.getInputStream()), socket,
                        deadlineNanos);
                return readResponse(in, maxBytes);
            }
        }
    }

    private static void sendRequest(OutputStream out, URI uri) throws IOException {
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String hostHeader = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: model-census\r\n"
                + "Accept: text/csv, */*\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static Response readResponse(InputStream in, long maxBytes) throws IOException {
        int[] budget = {MAX_HEADER_BYTES};
        String statusLine = line(in, budget);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x response: " + statusLine);
        }
        int status = parseInt(parts[1]);
        Map<String, String> headers = new HashMap<>();
        for (String line = line(in, budget); !line.isEmpty(); line = line(in, budget)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        byte[] body = status == 200 ? body(in, headers, maxBytes) : new byte[0];
        return new Response(status, headers, body);
    }

    private static byte[] body(InputStream in, Map<String, String> headers, long maxBytes) throws IOException {
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            return chunked(in, maxBytes);
        }
        String length = headers.get("content-length");
        if (length != null) {
            long n = Long.parseLong(length.strip());
            if (n > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            byte[] bytes = in.readNBytes((int) n);
            if (bytes.length < n) {
                throw new IOException("the connection closed after " + bytes.length + " of " + n + " bytes");
            }
            return bytes;
        }
        return capped(in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)), maxBytes);
    }

    private static byte[] chunked(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] budget = {MAX_HEADER_BYTES};
        for (long size = chunkSize(line(in, budget)); size > 0; size = chunkSize(line(in, budget))) {
            if (out.size() + size > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new IOException("the connection closed inside a chunk");
            }
            out.write(chunk);
            line(in, budget);
        }
        return out.toByteArray();
    }

    private static long chunkSize(String line) throws IOException {
        String hex = line.split(";", 2)[0].strip();
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size '" + hex + "'", e);
        }
    }

    private static byte[] capped(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        return bytes;
    }

    /** One CRLF- or LF-terminated line in ISO-8859-1, counted against {@code budget[0]}. */
    private static String line(InputStream in, int[] budget) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed in the middle of the response head");
            }
            if (--budget[0] < 0) {
                throw new IOException("the response head exceeds " + MAX_HEADER_BYTES + " bytes");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static int parseInt(String s) throws IOException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status '" + s + "'", e);
        }
    }

    static int remainingMillis(long deadlineNanos) throws SocketTimeoutException {
        long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("the download did not finish in time");
        }
        return (int) Math.min(left, Integer.MAX_VALUE);
    }

    /** The body is over the size limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the download exceeds the limit of " + limit + " bytes");
        }
    }

    /** Sets the socket's read timeout to the time left before every read, so a trickling server cannot outlast it. */
    private static final class DeadlineInputStream extends InputStream {
        private final InputStream in;
        private final Socket socket;
        private final long deadlineNanos;

        DeadlineInputStream(InputStream in, Socket socket, long deadlineNanos) {
            this.in = in;
            this.socket = socket;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read() throws IOException {
            socket.setSoTimeout(remainingMillis(deadlineNanos));
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            socket.setSoTimeout(remainingMillis(deadlineNanos));
            return in.read(b, off, len);
        }
    }
}
