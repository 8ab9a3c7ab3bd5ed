package org.modelcensus.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.functions.dataset.BadInputException;

/** The checks before any connection: none of these tests needs the network. */
class UrlImportTest {
    private static final Map<String, String[]> DNS = Map.of(
            "public.example", new String[] {"93.184.216.34", "2606:2800:220:1::1"},
            "mixed.example", new String[] {"93.184.216.34", "10.1.2.3"},
            "rebind.example", new String[] {"169.254.169.254"});

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x.csv", "https://localhost/", "https://10.0.0.1/", "https://[::1]/",
        "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/", "https://192.168.1.1/", "https://172.16.0.1/",
        "https://100.64.0.1/", "https://224.0.0.1/", "https://[fd00::1]/", "https://[fe80::1]/",
        "https://[::ffff:127.0.0.1]/", "https://[64:ff9b::a00:1]/", "https://[2002:7f00:1::]/",
        "https://2130706433/", "https://mixed.example/x.csv", "https://rebind.example/"})
    void refusesPrivateAndLoopbackAddressesBeforeConnecting(String url) {
        BadInputException e = assertThrows(BadInputException.class, () -> importer().importUrl(url));

        assertTrue(e.problem().startsWith("refused: ") && e.problem().contains("is not a public address"),
                e.getMessage());
    }

    @Test
    void namesTheAddressAndWhyItIsRefused() {
        assertEquals("https://127.0.0.1/a.csv: refused: 127.0.0.1 is not a public address (127.0.0.1 is a loopback "
                + "address); only public https URLs can be imported",
                assertThrows(BadInputException.class, () -> importer().importUrl("https://127.0.0.1/a.csv"))
                        .getMessage());
        assertTrue(assertThrows(BadInputException.class, () -> importer().importUrl("https://mixed.example/"))
                .problem().contains("mixed.example resolves to 10.1.2.3, which is not a public address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/x.csv", "http://epoch.ai/data.csv", "ftp://epoch.ai/x", "file:///etc/passwd",
        "https://user:pw@epoch.ai/x", "https://127.1/", "not a url", ""})
    void refusesAnythingButAPlainHttpsUrl(String url) {
        BadInputException e = assertThrows(BadInputException.class, () -> importer().importUrl(url));

        assertTrue(e.problem().startsWith("refused: ") || e.problem().startsWith("not a valid URL"), e.getMessage());
    }

    @Test
    void connectsToTheAddressItChecked() {
        InetAddress pinned = importer().checkedAddress("u", URI.create("https://public.example/x.csv"));

        assertEquals("93.184.216.34", pinned.getHostAddress());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700::1111", "172.32.0.1", "100.128.0.1",
        "::ffff:8.8.8.8"})
    void acceptsPublicAddresses(String address) throws UnknownHostException {
        assertEquals(java.util.Optional.empty(), AddressPolicy.refusal(InetAddress.getByName(address)));
    }

    @Test
    void checksEveryRedirectTargetAndImportsOnlyFromPublicOnes() {
        byte[] csv = org.modelcensus.functions.dataset.SyntheticSnapshot.generate(5, 1);
        java.util.List<String> asked = new java.util.ArrayList<>();
        UrlImport.Exchange server = (uri, pinned, max, deadline) -> {
            asked.add(uri + " @" + pinned.getHostAddress());
            return switch (uri.getPath()) {
                case "/to-loopback" -> redirect("https://localhost/x.csv");
                case "/to-http" -> redirect("http://public.example/x.csv");
                case "/to-rebind" -> redirect("//rebind.example/x.csv");
                case "/relative" -> redirect("/data/epoch.csv");
                case "/loop" -> redirect("/loop");
                default -> new HttpsGet.Response(200, Map.of(), csv);
            };
        };
        UrlImport importer = new UrlImport(SnapshotStore.open(dir), UrlImportTest::resolve, server,
                Duration.ofSeconds(5));

        for (String path : new String[] {"/to-loopback", "/to-http", "/to-rebind"}) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> importer.importUrl("https://public.example" + path));
            assertTrue(e.problem().startsWith("refused: "), e.getMessage());
        }
        assertTrue(assertThrows(BadInputException.class, () -> importer.importUrl("https://public.example/loop"))
                .problem().startsWith("more than 5 redirects"));
        StoredSnapshot stored = importer.importUrl("https://public.example/relative");
        assertEquals("epoch.csv", stored.info().originalName());
        assertTrue(asked.contains("https://public.example/data/epoch.csv @93.184.216.34"), asked.toString());
        assertTrue(asked.stream().allMatch(a -> a.startsWith("https://public.example/")
                && a.endsWith(" @93.184.216.34")), asked.toString());
    }

    @Test
    void storesADownloadAsAFileImportWouldUnderTheSameIdAndOnlyOnce() {
        byte[] csv = org.modelcensus.functions.dataset.SyntheticSnapshot.generate(8, 9);
        SnapshotStore store = SnapshotStore.open(dir);
        UrlImport importer = new UrlImport(store, UrlImportTest::resolve,
                (uri, pinned, max, deadline) -> new HttpsGet.Response(200, Map.of(), csv), Duration.ofSeconds(5));

        StoredSnapshot fetched = importer.importUrl("https://public.example/data/large_scale_ai_models.csv");
        StoredSnapshot again = importer.importUrl("https://public.example/data/large_scale_ai_models.csv");

        assertTrue(fetched.created());
        assertEquals(Hashes.sha256(csv), fetched.info().id());
        assertEquals("large_scale_ai_models.csv", fetched.info().originalName());
        assertEquals(new StoredSnapshot(fetched.info(), false), again);
        assertEquals(new StoredSnapshot(fetched.info(), false), store.put("local.csv", csv));
        assertEquals(java.util.List.of(fetched.info()), store.list());
    }

    private static HttpsGet.Response redirect(String location) {
        return new HttpsGet.Response(302, Map.of("location", location), new byte[0]);
    }

    private UrlImport importer() {
        return new UrlImport(SnapshotStore.open(dir), UrlImportTest::resolve,
                (SSLSocketFactory) SSLSocketFactory.getDefault(), Duration.ofSeconds(5));
    }

    /** Fake names from the table, IP literals and {@code localhost} as the system resolves them (no network). */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String[] fake = DNS.get(host);
        if (fake == null) {
            if (!UrlImport.isIpLiteral(host) && !host.equals("localhost") && !host.matches("[0-9.]+")) {
                throw new UnknownHostException(host + " (the tests have no DNS)");
            }
            return InetAddress.getAllByName(host);
        }
        InetAddress[] out = new InetAddress[fake.length];
        for (int i = 0; i < fake.length; i++) {
            out[i] = InetAddress.getByName(fake[i]);
        }
        return out;
    }
}
