package org.modelcensus.server.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code census serve --port 0} in a child JVM on loopback, for the attack tests: starts it, waits
 * for the port it prints, keeps its log, and stops it with SIGTERM or SIGKILL.
 *
 * <p>Example: {@code try (ServeProcess s = ServeProcess.start(List.of("-Xmx512m"), "--store", dir)) { s.base(); }}
 */
public final class ServeProcess implements AutoCloseable {
    /** The multipart boundary of {@link #multipart}. */
    public static final String BOUNDARY = "census-test-boundary";
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)/");

    private final Process process;
    private final StringBuffer log = new StringBuffer();
    private final int port;

    private ServeProcess(Process process) throws Exception {
        this.process = process;
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(listening), "serve-log-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        this.port = listening.get(90, TimeUnit.SECONDS);
    }

    /** Starts {@code census serve --port 0 ARGS} in a JVM with {@code jvmFlags}; returns once it listens. */
    public static ServeProcess start(List<String> jvmFlags, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Census.class.getName(), "serve",
                "--port", "0"));
        command.addAll(List.of(args));
        return new ServeProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** A multipart/form-data body (boundary {@link #BOUNDARY}) with {@code content} as the field {@code file}. */
    public static byte[] multipart(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Everything the server has printed so far. */
    public String log() {
        return log.toString();
    }

    /** SIGTERM, as a service manager stops it. */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook, no clean-up. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Whether the process ended within {@code seconds}. */
    public boolean waitFor(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read(CompletableFuture<Integer> listening) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                log.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    listening.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(new UncheckedIOException(e));
        } finally {
            listening.completeExceptionally(new IllegalStateException("serve exited before listening:\n" + log));
        }
    }
}
