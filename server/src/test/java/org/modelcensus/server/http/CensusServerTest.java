package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.dataset.SampleData;

/** The cross-cutting behaviour every route gets: JSON errors, tokens, CORS, size limits, the heavy pool. */
class CensusServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "correct-horse-battery-staple";
    private static final Datasets SAMPLE = new Datasets(SampleData.snapshot(), Datasets.NO_STORE);

    /** Test routes: a write, an open POST that reads its body, and failures of each kind. */
    private static final Routes PROBES = app -> {
        app.post("/api/v1/probe/write", ctx -> ctx.result("written"), Access.WRITE);
        app.delete("/api/v1/probe/unmarked", ctx -> ctx.result("deleted"));
        app.post("/api/v1/probe/echo", ctx -> ctx.result(ctx.body()), Access.OPEN);
        app.get("/api/v1/probe/bad", ctx -> {
            throw new BadInputException("upload.csv", 3, 7, "unclosed quote");
        });
        app.get("/api/v1/probe/bug", ctx -> {
            throw new IllegalStateException("secret detail at com.example.Internal");
        });
    };

    private static ServerConfig config() {
        return ServerConfig.defaults().withPort(0).withLimits(1_000, 10_000, 1)
                .withAllowedOrigins(List.of("https://census.example.org"));
    }

    private static Javalin app(ServerConfig config) {
        return CensusServer.create(config, SAMPLE, new HeavyWork(config.heavyPoolSize()), PROBES);
    }

    private static JsonNode json(Response r) throws IOException {
        return JSON.readTree(r.body().string());
    }

    private static void assertJsonError(Response r, int status, String error) throws IOException {
        assertEquals(status, r.code());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode body = json(r);
        assertEquals(error, body.get("error").asText(), body.toString());
        assertFalse(body.get("message").asText().isBlank());
    }

    @Test
    void answersAnUnknownPathWithJson404() {
        JavalinTest.test(app(config()), (server, client) -> assertJsonError(client.get("/no/such/page"), 404, "not_found"));
    }

    @Test
    void mapsBadInputTo400WithItsLocation() {
        JavalinTest.test(app(config()), (server, client) -> {
            Response r = client.get("/api/v1/probe/bad");
            assertEquals(400, r.code());
            assertEquals("upload.csv, line 3, column 7: unclosed quote", json(r).get("message").asText());
        });
    }

    @Test
    void hidesTheCauseOfAnUnexpectedFailure() {
        JavalinTest.test(app(config()), (server, client) -> {
            Response r = client.get("/api/v1/probe/bug");
            String body = r.body().string();
            assertEquals(500, r.code());
            assertEquals(ApiErrors.INTERNAL_MESSAGE, JSON.readTree(body).get("message").asText());
            assertFalse(body.contains("secret") || body.contains("at org."), body);
        });
    }

    @Test
    void refusesWritesWithoutTheToken() {
        JavalinTest.test(app(config().withToken(TOKEN)), (server, client) -> {
            Response none = client.post("/api/v1/probe/write", "x");
            assertJsonError(none, 401, "unauthorized");
            assertEquals("Bearer realm=\"census\"", none.header("WWW-Authenticate"));
            assertJsonError(client.post("/api/v1/probe/write", "x", b -> b.header("Authorization", "Bearer wrong")),
                    401, "unauthorized");
            assertJsonError(client.delete("/api/v1/probe/unmarked"), 401, "unauthorized");
            Response ok = client.post("/api/v1/probe/write", "x", b -> b.header("Authorization", "Bearer " + TOKEN));
            assertEquals(200, ok.code());
            assertEquals("written", ok.body().string());
            assertEquals(200, client.post("/api/v1/probe/echo", "x").code(), "an OPEN post needs no token");
            assertEquals(200, client.get("/api/v1/reports").code(), "reads are open");
        });
    }

    @Test
    void refusesEveryWriteWhenNoTokenIsConfigured() {
        JavalinTest.test(app(config()), (server, client) -> {
            Response r = client.post("/api/v1/probe/write", "x", b -> b.header("Authorization", "Bearer anything"));
            assertJsonError(r, 403, "forbidden");
            assertTrue(json(client.post("/api/v1/probe/write", "x")).get("message").asText().contains("--token-file"));
        });
    }

    /** Every POST, PUT, PATCH and DELETE route of the app that declares no {@link Access} role. */
    static List<String> writeRoutesWithoutAccess(Javalin app) {
        List<String> missing = new java.util.ArrayList<>();
        for (var parsed : app.unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
            Endpoint e = parsed.getEndpoint();
            Set<RouteRole> roles = Optional.ofNullable(e.metadata(Roles.class)).map(Roles::getRoles).orElse(Set.of());
            boolean write = List.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)
                    .contains(e.getMethod());
            if (write && roles.stream().noneMatch(Access.class::isInstance)) {
                missing.add(e.getMethod() + " " + e.getPath());
            }
        }
        return missing;
    }

    @Test
    void everyWriteRouteDeclaresItsAccess() {
        assertEquals(List.of(), writeRoutesWithoutAccess(CensusServer.create(config(), SAMPLE, new HeavyWork(1))));
        assertEquals(List.of("DELETE /api/v1/probe/unmarked"), writeRoutesWithoutAccess(app(config())),
                "the listing finds an unmarked write route");
    }

    @Test
    void allowsListedAndOfficeOriginsOnly() {
        JavalinTest.test(app(config()), (server, client) -> {
            for (String origin : List.of("https://census.example.org", "https://excel.officeapps.live.com",
                    "https://usc-excel.officeapps.live.com")) {
                Response r = client.get("/api/v1/reports", b -> b.header("Origin", origin));
                assertEquals(origin, r.header("Access-Control-Allow-Origin"));
                assertTrue(r.header("Access-Control-Expose-Headers").contains(ReportRoutes.SHA256_HEADER));
                assertNull(r.header("Access-Control-Allow-Credentials"));
            }
            for (String origin : List.of("https://evil.example", "http://excel.officeapps.live.com",
                    "https://excel.officeapps.live.com.evil.net", "https://a.b.officeapps.live.com", "null")) {
                Response r = client.get("/api/v1/reports", b -> b.header("Origin", origin));
                assertEquals(200, r.code());
                assertNull(r.header("Access-Control-Allow-Origin"), origin);
            }
        });
    }

    @Test
    void answersPreflightsForAllowedOriginsAndRefusesOthers() {
        JavalinTest.test(app(config()), (server, client) -> {
            Response ok = client.request("/api/v1/probe/write", b -> b.method("OPTIONS", null)
                    .header("Origin", "https://excel.officeapps.live.com")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization"));
            assertEquals(204, ok.code());
            assertEquals("https://excel.officeapps.live.com", ok.header("Access-Control-Allow-Origin"));
            assertTrue(ok.header("Access-Control-Allow-Headers").contains("Authorization"));
            assertTrue(ok.header("Access-Control-Allow-Methods").contains("POST"));
            Response no = client.request("/api/v1/probe/write", b -> b.method("OPTIONS", null)
                    .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST"));
            assertJsonError(no, 403, "forbidden");
            assertNull(no.header("Access-Control-Allow-Origin"));
        });
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        JavalinTest.test(app(config().withToken(TOKEN)), (server, client) -> {
            assertEquals("small", client.post("/api/v1/probe/echo", "small").body().string()
                    .replace("\"", ""));
            Response big = client.request("/api/v1/probe/echo", b -> b.post(RequestBody.create("x".repeat(5_000), null)));
            assertJsonError(big, 413, "content_too_large");
            Response bigWrite = client.request("/api/v1/probe/write", b -> b.header("Authorization", "Bearer " + TOKEN)
                    .post(RequestBody.create("x".repeat(5_000), null)));
            assertJsonError(bigWrite, 413, "content_too_large");
        });
    }

    @Test
    void answers503WithRetryAfterWhenTheHeavyPoolIsFull() throws Exception {
        ServerConfig config = config();
        HeavyWork heavy = new HeavyWork(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> blocker = heavy.submit(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        JavalinTest.test(CensusServer.create(config, SAMPLE, heavy, PROBES), (server, client) -> {
            Response busy = client.get("/api/v1/reports/spri-2025/workbook.xlsx");
            assertJsonError(busy, 503, "service_unavailable");
            assertEquals(Integer.toString(HeavyWork.RETRY_AFTER_SECONDS), busy.header("Retry-After"));
            assertEquals(200, client.get("/health").code(), "small routes keep answering");
            release.countDown();
            blocker.get();
            assertEquals(200, client.get("/api/v1/reports/spri-2025/workbook.xlsx").code());
        });
    }

    @Test
    void mapsAFailedHeavyJobLikeAnyOtherError() {
        HeavyWork heavy = new HeavyWork(1);
        Routes failing = app -> app.get("/api/v1/probe/heavy", ctx -> {
            CompletableFuture<String> f = heavy.submit(() -> {
                throw new BadInputException("book.xlsx", 0, 0, "a circular formula");
            });
            ctx.future(() -> f.thenAccept(ctx::result));
        });
        JavalinTest.test(CensusServer.create(config(), SAMPLE, heavy, failing), (server, client) -> {
            assertJsonError(client.get("/api/v1/probe/heavy"), 400, "bad_request");
            assertEquals(1, heavy.available(), "the slot is given back");
        });
    }

    @Test
    void rejectsNonsensicalLimits() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.defaults().withLimits(0, 1, 1));
    }
}
