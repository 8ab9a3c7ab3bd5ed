package org.modelcensus.server.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AddinRoutesTest {
    private static Javalin app() {
        Javalin app = Javalin.create();
        FunctionRoutes.of(TestData.CATALOG).addTo(app);
        return app;
    }

    @Test
    void buildsAWellFormedManifestForTheRequestsHost() {
        JavalinTest.test(app(), (server, client) -> {
            try (Response r = client.request("/addin/manifest.xml", b -> b.header("Host", "census.example.org:8443"))) {
                assertEquals(200, r.code());
                Document xml = parse(r.body().bytes());
                Element root = xml.getDocumentElement();
                assertEquals("OfficeApp", root.getLocalName());
                assertEquals("cad0671b-145f-4f59-9b4d-ed6656e1cf01", text(xml, "Id"));
                List<String> urls = attributes(xml, "Url", "DefaultValue");
                assertTrue(urls.contains("https://census.example.org:8443/addin/functions.json"), urls.toString());
                assertTrue(urls.contains("https://census.example.org:8443/addin/functions.js"), urls.toString());
                assertTrue(urls.contains("https://census.example.org:8443/addin/taskpane.html"), urls.toString());
                assertTrue(attributes(xml, "String", "DefaultValue").contains("CENSUS"));
            }
            try (Response r = client.request("/addin/manifest.xml", b -> b.header("X-Forwarded-Host", "proxy.example.org"))) {
                assertTrue(r.body().string().contains("https://proxy.example.org/addin/functions.js"));
            }
            try (Response r = client.request("/addin/manifest.xml", b -> b.header("X-Forwarded-Host", "x\"><evil/>"))) {
                assertEquals(400, r.code());
            }
        });
    }

    @Test
    void listsEveryRegistryFunctionInTheMetadata() {
        JavalinTest.test(app(), (server, client) -> {
            try (Response r = client.get("/addin/functions.json")) {
                JsonNode json = new ObjectMapper().readTree(r.body().string());
                List<String> ids = new ArrayList<>();
                for (JsonNode f : json.get("functions")) {
                    ids.add(f.get("id").asText());
                    assertEquals(f.get("id"), f.get("name"));
                    assertTrue(f.get("result").has("dimensionality"));
                    f.get("parameters").forEach(p -> assertTrue(p.has("name") && p.has("type") && p.has("description")));
                }
                assertEquals(TestData.registry().ids(), ids);
                assertEquals("matrix", json.get("functions").get(4).get("result").get("dimensionality").asText());
            }
        });
    }

    @Test
    void pointsEveryFunctionsHelpUrlAtItsSectionOfTheServersHelpPage() {
        JavalinTest.test(app(), (server, client) -> {
            String page;
            try (Response r = client.get("/addin/functions.html")) {
                assertEquals(200, r.code());
                assertTrue(r.header("Content-Security-Policy").startsWith("default-src 'none'"));
                page = r.body().string();
            }
            try (Response r = client.request("/addin/functions.json", b -> b.header("Host", "census.example.org"))) {
                JsonNode functions = new ObjectMapper().readTree(r.body().string()).get("functions");
                assertEquals(TestData.registry().ids().size(), functions.size());
                for (JsonNode f : functions) {
                    String anchor = f.get("id").asText().toLowerCase(java.util.Locale.ROOT);
                    assertEquals("https://census.example.org/addin/functions.html#" + anchor, f.get("helpUrl").asText());
                    assertTrue(page.contains("<section id=\"" + anchor + "\">"), anchor);
                    assertTrue(page.contains("<code>CENSUS." + f.get("id").asText() + "("), anchor);
                }
            }
        });
    }

    @Test
    void registersEveryFunctionInTheScript() {
        JavalinTest.test(app(), (server, client) -> {
            try (Response r = client.request("/addin/functions.js", b -> b.header("Host", "census.example.org"))) {
                String js = r.body().string();
                assertTrue(js.contains("CustomFunctions.associate(id"));
                assertTrue(js.contains("var BASE = \"https://census.example.org\""));
                for (String id : TestData.registry().ids()) {
                    assertTrue(js.contains("\"" + id + "\""), id);
                }
                assertTrue(js.contains("/api/v1/functions:batch"));
                assertTrue(js.contains("Office.context.document") || js.contains("office.context.document"),
                        "the choice is kept in the workbook's settings");
                assertTrue(!js.contains("{{"), "a placeholder is left");
            }
            try (Response r = client.get("/addin/taskpane.html")) {
                assertEquals(200, r.code());
                String html = r.body().string();
                assertTrue(html.contains("functions.js") && html.contains("<script src=\"taskpane.js\"></script>"), html);
                assertTrue(html.contains("<html lang=\"ko\">"), "Korean by default");
                // A strict Content-Security-Policy allows no inline script or style.
                assertTrue(!html.matches("(?s).*<script>.*") && !html.contains("<style") && !html.contains("style="), html);
            }
            try (Response r = client.get("/addin/taskpane.js")) {
                assertEquals(200, r.code());
                String js = r.body().string();
                assertTrue(js.contains("\"default\""), "the server's default edition comes from /api/v1/reports");
                assertTrue(!js.matches("(?s).*spri-20\\d\\d.*"), "no edition is preset");
            }
            try (Response r = client.get("/addin/taskpane.css")) {
                assertEquals(200, r.code());
                assertTrue(r.header("Content-Type").startsWith("text/css"));
            }
            try (Response r = client.get("/addin/icon-32.png")) {
                assertEquals("image/png", r.header("Content-Type"));
            }
        });
    }

    @Test
    void acceptsOnlyPlainHosts() {
        assertEquals("a.example:443", AddinRoutes.baseHost(null, "a.example:443"));
        assertEquals("b.example", AddinRoutes.baseHost("b.example, c.example", "a.example"));
        assertEquals("[::1]:7070", AddinRoutes.baseHost(null, "[::1]:7070"));
        assertNull(AddinRoutes.baseHost(null, "a.example/evil"));
        assertNull(AddinRoutes.baseHost(null, null));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document xml, String localName) {
        return xml.getElementsByTagNameNS("*", localName).item(0).getTextContent().strip();
    }

    private static List<String> attributes(Document xml, String localName, String attribute) {
        NodeList nodes = xml.getElementsByTagNameNS("*", localName);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
