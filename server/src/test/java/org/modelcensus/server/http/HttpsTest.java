package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SampleData;

class HttpsTest {
    private static final char[] PASSWORD = "changeit-census".toCharArray();

    @TempDir
    static Path dir;
    static Path keystore;

    /** A PKCS12 key store with a self-signed certificate for localhost, made with the JDK's keytool. */
    @BeforeAll
    static void keystore() throws Exception {
        keystore = dir.resolve("census.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "census", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", new String(PASSWORD)))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
    }

    @Test
    void servesHealthOverHttps() throws Exception {
        KeyStore store = Https.load(keystore, PASSWORD);
        Javalin app = CensusServer.create(ServerConfig.defaults().withPort(0),
                new Datasets(SampleData.snapshot(), Datasets.NO_STORE), new HeavyWork(1));
        Https.serve(app, store, PASSWORD, 0);
        app.start(0);
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trust.load(in, PASSWORD);
            }
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + app.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"status\""), r.body());
            // no plain HTTP on that port
            int plain;
            try {
                plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                        + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException e) {
                plain = -1;
            }
            assertTrue(plain != 200, "plain HTTP answered " + plain);
        } finally {
            app.stop();
        }
    }

    @Test
    void badKeyStoresAreBadInput() throws Exception {
        BadInputException wrong = assertThrows(BadInputException.class, () -> Https.load(keystore, "nope".toCharArray()));
        assertTrue(wrong.getMessage().contains("password"), wrong.getMessage());
        Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a key store");
        assertThrows(BadInputException.class, () -> Https.load(garbage, PASSWORD));
        assertThrows(BadInputException.class, () -> Https.load(dir.resolve("missing.p12"), PASSWORD));
    }
}
