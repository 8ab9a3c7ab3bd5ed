package org.modelcensus.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a raw loopback socket, for requests an HTTP client would refuse to send or would
 * repair: chunked bodies without Content-Length, bad chunk sizes, a Content-Length the body never reaches.
 */
final class RawHttp {
    /** A parsed response; {@code status} is -1 when the server closed without answering. */
    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code request} as is, half-closes the socket and reads the answer until the server closes. */
    Response send(byte[] request) throws IOException {
        try (Socket socket = open()) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /** As {@link #send(byte[])} with the request given as ISO-8859-1 text. */
    Response send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Sends {@code head} then an endless chunked body, 64 KiB a chunk, from another thread until
     * {@code maxBytes} or the server stops reading; counts the body bytes written in {@code sent}.
     */
    Response sendChunkedStream(String head, long maxBytes, AtomicLong sent) throws IOException, InterruptedException {
        try (Socket socket = open()) {
            socket.setSendBufferSize(64 * 1024);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> writeChunks(out, maxBytes, sent), "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            Response response = parse(readAll(socket.getInputStream()));
            socket.close();
            writer.join(10_000);
            return response;
        }
    }

    private static void writeChunks(OutputStream out, long maxBytes, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            while (sent.get() < maxBytes) {
                out.write(size);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                sent.addAndGet(chunk.length);
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            // The server stopped reading and closed: exactly what the test hopes for.
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
        } catch (SocketException e) {
            // A reset after the answer arrived: keep what was read.
        }
        return out.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Response(-1, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = eol < 0 ? 0 : Integer.parseInt(body.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
