package carma.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import carma.server.TestServer;
import carma.server.TestServer.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint on 127.0.0.1: the authorisation matrix, malformed bodies, idempotent transfers,
 * CSRF, runs with their live feed, a mesh run's ledger in the database, profiles, the OpenAPI
 * document. Run once per database by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    static final String QUEUE = """
            schemaVersion: 1
            name: api-queue
            seed: 3
            durationS: 30
            queue:
              queues:
                - {name: mm1, arrivalRatePerS: 7, serviceRatePerS: 10, service: exponential}
            """;
    static final String INSTANCE = """
            {"routing": "multi-path", "epsilon": 0.0, "users": ["u1", "u2"],
             "maps": [{"id": "m1", "gateway": true, "uplinkBps": 50000000}, {"id": "m2", "gateway": false}],
             "accessLinks": [{"user": "u1", "map": "m1", "rateBps": 54000000},
                             {"user": "u2", "map": "m2", "rateBps": 24000000}],
             "meshLinks": [{"from": "m2", "to": "m1", "rateBps": 36000000}],
             "collisionDomains": [{"link": ["m2", "m1"], "interferes": [["m2", "m1"]]}]}
            """;
    TestServer s;
    String op;
    String alice;
    String bob;

    abstract String kind();

    @BeforeAll
    void start() throws Exception {
        s = TestServer.start(kind());
        op = s.login("admin", TestServer.ADMIN_PASSWORD);
        alice = s.createUser(op, "alice", "user", 10_000);
        bob = s.createUser(op, "bob", "user", 500);
    }

    @AfterAll
    void stop() {
        if (s != null) {
            s.close();
        }
    }

    /** One cell row of the matrix: expected status for anonymous, alice (owner), bob (other user), operator. */
    record Case(String method, String path, String body, int anon, int owner, int other, int operator) {}

    @Test
    void authorisationMatrix() throws Exception {
        String transfer = "{\"from\":\"alice\",\"to\":\"bob\",\"amountMinor\":1}";
        long runId = s.send("POST", "/api/runs", op, QUEUE).json().get("id").asLong();
        List<Case> cases = List.of(
                new Case("GET", "/api/health", null, 200, 200, 200, 200),
                new Case("GET", "/api/openapi.json", null, 200, 200, 200, 200),
                new Case("POST", "/api/validate", QUEUE, 401, 200, 200, 200),
                new Case("POST", "/api/optimize", INSTANCE, 401, 200, 200, 200),
                new Case("GET", "/api/runs", null, 401, 403, 403, 200),
                new Case("POST", "/api/runs", QUEUE, 401, 403, 403, 201),
                new Case("GET", "/api/runs/" + runId, null, 401, 403, 403, 200),
                new Case("GET", "/api/runs/" + runId + "/summary", null, 401, 403, 403, 409),
                new Case("GET", "/api/runs/" + runId + "/topology", null, 401, 403, 403, 200),
                new Case("POST", "/api/runs/" + runId + "/pause", null, 401, 403, 403, 409),
                new Case("POST", "/api/runs/" + runId + "/resume", null, 401, 403, 403, 409),
                new Case("POST", "/api/runs/" + runId + "/stop", null, 401, 403, 403, 409),
                new Case("GET", "/api/runs/" + runId + "/live", null, 401, 403, 403, 200),
                new Case("POST", "/api/users", "{\"name\":\"m%d\",\"password\":\"long-enough\"}", 401, 403, 403, 201),
                new Case("GET", "/api/users/alice/profile", null, 401, 200, 403, 200),
                new Case("PUT", "/api/users/alice/profile", "{\"www\":{\"utility\":\"log\",\"weight\":3,\"x0Kbps\":64}}",
                        401, 200, 403, 200),
                new Case("GET", "/api/users/alice/balance", null, 401, 200, 403, 200),
                new Case("GET", "/api/users/alice/traffic", null, 401, 200, 403, 200),
                new Case("POST", "/api/ledger/transfers", transfer, 401, 403, 403, 201),
                new Case("GET", "/api/ledger?account=alice", null, 401, 200, 403, 200),
                new Case("GET", "/api/ledger/audit", null, 401, 403, 403, 200),
                new Case("POST", "/api/logout", null, 401, 204, 204, 204));
        List<String> wrong = new ArrayList<>();
        int n = 0;
        for (Case c : cases) {
            String[] who = {null, alice, bob, op};
            int[] expected = {c.anon(), c.owner(), c.other(), c.operator()};
            for (int i = 0; i < 4; i++) {
                if (c.path().equals("/api/logout") && i > 0) {
                    // log out a fresh session, not the one the other cases use
                    String[] names = {null, "alice", "bob", "admin"};
                    String[] pws = {null, "pw-alice-123", "pw-bob-123", TestServer.ADMIN_PASSWORD};
                    who[i] = s.login(names[i], pws[i]);
                }
                String body = c.body() == null ? null : c.body().replace("%d", String.valueOf(n++));
                String[] headers = c.path().endsWith("/live") ? new String[] {"Accept", "text/event-stream"}
                        : c.path().startsWith("/api/ledger/transfers") ? new String[] {"Idempotency-Key", "m" + n++}
                        : new String[0];
                Answer a = c.path().endsWith("/live") && expected[i] == 200
                        ? null : s.send(c.method(), c.path(), who[i], body, headers);
                if (a != null && a.status() != expected[i]) {
                    wrong.add(c.method() + " " + c.path() + " as " + List.of("anonymous", "alice", "bob", "operator")
                            .get(i) + ": " + a.status() + " (expected " + expected[i] + ") " + a.body());
                }
                if (a != null && a.status() >= 400) {
                    assertErrorBody(a, c.path().replaceAll("\\?.*", ""));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    static void assertErrorBody(Answer a, String path) {
        JsonNode j = a.json();
        assertThat(j.get("error").asText()).isNotBlank();
        assertThat(j.get("path").asText()).isEqualTo(path);
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at carma.");
    }

    @Test
    void malformedBodiesAre400And422NamingTheField() throws Exception {
        Answer notJson = s.send("POST", "/api/users", op, "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertErrorBody(notJson, "/api/users");
        assertThat(s.send("POST", "/api/users", op, "[1,2]").status()).isEqualTo(400);
        Answer noPassword = s.send("POST", "/api/users", op, "{\"name\":\"carol\"}");
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(noPassword.json().get("error").asText()).startsWith("password");
        assertThat(s.send("POST", "/api/users", op, "{\"name\":\"bad name!\",\"password\":\"long-enough\"}")
                .json().get("error").asText()).startsWith("name:");
        assertThat(s.send("POST", "/api/users", op, "{\"name\":\"carol\",\"password\":\"long-enough\",\"role\":\"god\"}")
                .status()).isEqualTo(422);
        assertThat(s.send("POST", "/api/users", op, "{\"name\":\"alice\",\"password\":\"long-enough\"}").status())
                .isEqualTo(409);
        assertThat(s.send("POST", "/api/users", op, "{\"name\":\"carol\",\"password\":\"long-enough\",\"x\":1}")
                .json().get("error").asText()).startsWith("x: unknown field");
        assertThat(s.send("POST", "/api/login", null, "{\"name\":\"alice\",\"password\":\"wrong\"}").status())
                .isEqualTo(401);
        assertThat(s.send("POST", "/api/login", null, "{\"name\":\"alice\"}").status()).isEqualTo(422);
        assertThat(s.send("POST", "/api/ledger/transfers", op, "{\"from\":\"alice\",\"to\":\"bob\",\"amountMinor\":1.5}",
                "Idempotency-Key", "bad-1").status()).isEqualTo(422);
        assertThat(s.send("POST", "/api/ledger/transfers", op, "{\"from\":\"alice\",\"to\":\"bob\",\"amountMinor\":-1}",
                "Idempotency-Key", "bad-2").status()).isEqualTo(422);
        assertThat(s.send("POST", "/api/optimize", op, "{\"users\": 3}").status()).isEqualTo(422);
        assertThat(s.send("POST", "/api/optimize?method=magic", op, INSTANCE).status()).isEqualTo(400);
        assertThat(s.send("GET", "/api/runs/abc", op, null).status()).isEqualTo(404);
        assertThat(s.send("GET", "/api/runs/99999", op, null).status()).isEqualTo(404);
        Answer nowhere = s.send("GET", "/api/nowhere", op, null);
        assertThat(nowhere.status()).isEqualTo(404);
        assertErrorBody(nowhere, "/api/nowhere");
        assertThat(s.send("GET", "/api/users/nobody/balance", op, null).status()).isEqualTo(404);
        assertThat(s.send("GET", "/api/ledger", op, null).status()).isEqualTo(400);
    }

    @Test
    void transfersAreIdempotentByKey() throws Exception {
        String body = "{\"from\":\"alice\",\"to\":\"bob\",\"amountMinor\":250,\"memo\":\"rent\"}";
        Answer first = s.send("POST", "/api/ledger/transfers", op, body, "Idempotency-Key", "rent-1");
        Answer again = s.send("POST", "/api/ledger/transfers", op, body, "Idempotency-Key", "rent-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        Answer reused = s.send("POST", "/api/ledger/transfers", op, body.replace("250", "251"), "Idempotency-Key",
                "rent-1");
        assertThat(reused.status()).isEqualTo(409);
        assertThat(s.send("POST", "/api/ledger/transfers", op, body, new String[0]).status()).isEqualTo(400);
        assertThat(s.send("POST", "/api/ledger/transfers", op, body.replace("250", "99999999"), "Idempotency-Key",
                "too-much").status()).isEqualTo(409);
        assertThat(s.send("POST", "/api/ledger/transfers", op, body.replace("bob", "nobody"), "Idempotency-Key",
                "nobody").status()).isEqualTo(404);
        JsonNode list = s.send("GET", "/api/ledger?account=alice", alice, null).json();
        long rents = 0;
        for (JsonNode e : list.get("entries")) {
            rents += e.get("key").asText().equals("rent-1") ? 1 : 0;
        }
        assertThat(rents).isEqualTo(1);
        JsonNode audit = s.send("GET", "/api/ledger/audit", op, null).json();
        assertThat(audit.get("unbalancedTransactions")).isEmpty();
        assertThat(audit.get("cacheMismatches")).isEmpty();
        assertThat(audit.get("sumOfBalancesMinor").asLong()).isZero();
    }

    @Test
    void cookieSessionsNeedTheCsrfTokenToMutate() throws Exception {
        Answer login = s.send("POST", "/api/login", null, "{\"name\":\"bob\",\"password\":\"pw-bob-123\"}");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String pair = cookie.substring(0, cookie.indexOf(';'));
        String csrf = login.json().get("csrfToken").asText();
        String profile = "{\"email\":{\"utility\":\"log\",\"weight\":1,\"x0Kbps\":16}}";
        assertThat(s.send("GET", "/api/users/bob/balance", null, null, "Cookie", pair).status()).isEqualTo(200);
        Answer forged = s.send("PUT", "/api/users/bob/profile", null, profile, "Cookie", pair);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(s.send("PUT", "/api/users/bob/profile", null, profile, "Cookie", pair, "X-CSRF-Token", "wrong")
                .status()).isEqualTo(403);
        assertThat(s.send("PUT", "/api/users/bob/profile", null, profile, "Cookie", pair, "X-CSRF-Token", csrf)
                .status()).isEqualTo(200);
    }

    @Test
    void profilesAreValidatedAndKept() throws Exception {
        String token = s.createUser(op, "dora", "user", 0);
        JsonNode defaults = s.send("GET", "/api/users/dora/profile", token, null).json();
        assertThat(defaults.get("voip").get("utility").asText()).isEqualTo("sigmoid");
        assertThat(defaults.get("voip").get("delayTargetMs").asDouble()).isEqualTo(150);
        Answer put = s.send("PUT", "/api/users/dora/profile", token,
                "{\"video\":{\"utility\":\"sigmoid\",\"weight\":6,\"requiredKbps\":800,\"delayTargetMs\":200,"
                        + "\"maxDelayMs\":500}}");
        assertThat(put.status()).isEqualTo(200);
        JsonNode after = s.send("GET", "/api/users/dora/profile", token, null).json();
        assertThat(after.get("video").get("requiredKbps").asDouble()).isEqualTo(800);
        assertThat(after.get("www")).isEqualTo(defaults.get("www"));
        Map<String, String> bad = Map.of(
                "{\"telnet\":{\"utility\":\"log\",\"weight\":1,\"x0Kbps\":1}}", "telnet: unknown field",
                "{\"www\":{\"utility\":\"cubic\",\"weight\":1}}", "www.utility",
                "{\"www\":{\"utility\":\"log\",\"weight\":0,\"x0Kbps\":1}}", "www.weight",
                "{\"www\":{\"utility\":\"log\",\"weight\":1}}", "www.x0Kbps",
                "{\"www\":{\"utility\":\"log\",\"weight\":1,\"x0Kbps\":1,\"requiredKbps\":2}}", "www.requiredKbps",
                "{\"voip\":{\"utility\":\"sigmoid\",\"weight\":1,\"requiredKbps\":8,\"delayTargetMs\":300,"
                        + "\"maxDelayMs\":100}}", "voip.maxDelayMs",
                "{\"www\":7}", "www: an object");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            Answer a = s.send("PUT", "/api/users/dora/profile", token, b.getKey());
            assertThat(a.status()).as(b.getKey()).isEqualTo(422);
            assertThat(a.json().get("error").asText()).as(b.getKey()).startsWith(b.getValue());
        }
        assertThat(s.send("GET", "/api/users/dora/profile", token, null).json()).isEqualTo(after);
    }

    @Test
    void anInvalidScenarioIs422WithThePathAndLineOfEveryProblem() throws Exception {
        String bad = QUEUE.replace("durationS: 30", "durationS: 30\nspeedKmh: 3").replace("serviceRatePerS: 10",
                "serviceRatePerS: -1");
        for (String endpoint : List.of("/api/validate", "/api/runs")) {
            Answer a = s.send("POST", endpoint, op, bad);
            assertThat(a.status()).isEqualTo(422);
            List<String> where = new ArrayList<>();
            for (JsonNode p : a.json().get("problems")) {
                where.add(p.get("path").asText() + "@" + p.get("line").asInt());
            }
            assertThat(where).as(a.body()).contains("speedKmh@5");
        }
        Answer two = s.send("POST", "/api/validate", op, QUEUE.replace("serviceRatePerS: 10", "serviceRatePerS: -1")
                .replace("seed: 3", "seed: x"));
        assertThat(two.json().get("problems")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(s.send("POST", "/api/validate", op, "{\"schemaVersion\": 1, \"name\": \"j\", \"durationS\": 5,"
                + " \"queue\": {\"queues\": [{\"name\": \"q\", \"arrivalRatePerS\": 1, \"serviceRatePerS\": 2,"
                + " \"service\": \"exponential\"}]}}").status()).isEqualTo(200);
    }

    @Test
    void aRunIsCreatedStartedAndFinishesWithItsOutputsAndLiveFeed() throws Exception {
        Answer created = s.send("POST", "/api/runs", op, QUEUE);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("state").asText()).isEqualTo("created");
        assertThat(s.send("POST", "/api/runs/" + id + "/start", op, null).status()).isEqualTo(200);
        assertThat(s.send("POST", "/api/runs/" + id + "/start", op, null).status()).isEqualTo(409);
        JsonNode st = awaitEnd(id);
        assertThat(st.get("state").asText()).isEqualTo("finished");
        assertThat(st.get("outcome").asText()).isEqualTo("completed");
        assertThat(st.get("simulatedS").asDouble()).isEqualTo(30.0);
        assertThat(st.get("wallS").asDouble()).isPositive();
        Path out = Path.of(st.get("outDir").asText());
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("summary.json")).exists();
        JsonNode summary = s.send("GET", "/api/runs/" + id + "/summary", op, null).json();
        assertThat(summary.get("scenario").asText()).isEqualTo("api-queue");
        List<JsonNode> seconds = LiveClient.read(s.base() + "/api/runs/" + id + "/live", op, 30_000);
        assertThat(seconds).hasSizeGreaterThanOrEqualTo(25);
        assertThat(seconds.get(seconds.size() - 1).get("second").asLong()).isGreaterThanOrEqualTo(29);
        assertThat(s.send("GET", "/api/runs", op, null).json().findValues("id")).isNotEmpty();
    }

    @Test
    void aRealTimeRunPausesResumesAndStopsWithItsOutputsWritten() throws Exception {
        String rt = QUEUE.replace("durationS: 30", "durationS: 600\nclock: {mode: realtime, tickMs: 10}")
                .replace("name: api-queue", "name: api-realtime");
        long id = s.send("POST", "/api/runs", op, rt).json().get("id").asLong();
        s.send("POST", "/api/runs/" + id + "/start", op, null);
        Thread.sleep(1500);
        JsonNode paused = s.send("POST", "/api/runs/" + id + "/pause", op, null).json();
        assertThat(paused.get("state").asText()).isEqualTo("paused");
        Thread.sleep(300); // the pause takes effect at the next tick
        double at = s.send("GET", "/api/runs/" + id, op, null).json().get("simulatedS").asDouble();
        Thread.sleep(700);
        JsonNode still = s.send("GET", "/api/runs/" + id, op, null).json();
        assertThat(still.get("simulatedS").asDouble()).isEqualTo(at);
        assertThat(at).isBetween(0.5, 3.0);
        assertThat(still.get("tickLateness").get("ticks").asLong()).isPositive();
        assertThat(s.send("POST", "/api/runs/" + id + "/pause", op, null).status()).isEqualTo(409);
        assertThat(s.send("POST", "/api/runs/" + id + "/resume", op, null).json().get("state").asText())
                .isEqualTo("running");
        Thread.sleep(600);
        assertThat(s.send("GET", "/api/runs/" + id, op, null).json().get("simulatedS").asDouble()).isGreaterThan(at);
        JsonNode stopped = s.send("POST", "/api/runs/" + id + "/stop", op, null).json();
        assertThat(stopped.get("state").asText()).isEqualTo("finished");
        assertThat(stopped.get("outcome").asText()).isEqualTo("stopped");
        Path out = Path.of(stopped.get("outDir").asText());
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("report.html")).exists();
        assertThat(s.send("POST", "/api/runs/" + id + "/resume", op, null).status()).isEqualTo(409);
    }

    JsonNode awaitEnd(long id) throws Exception {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            JsonNode st = s.send("GET", "/api/runs/" + id, op, null).json();
            String state = st.get("state").asText();
            if (state.equals("finished") || state.equals("failed")) {
                return st;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + id + " did not end within 120 s");
    }

    @Test
    void aMeshRunWritesItsLedgerAndTheUsersTrafficIntoTheDatabase() throws Exception {
        String n0 = s.createUser(op, "n0", "user", 0);
        String mesh = Files.readString(Path.of("../examples/mesh/danum-vs-fifo.yaml")).replace("durationS: 60",
                "durationS: 8").replace("name: mesh-danum-vs-fifo", "name: api-mesh");
        long id = s.send("POST", "/api/runs", op, mesh).json().get("id").asLong();
        s.send("POST", "/api/runs/" + id + "/start", op, null);
        assertThat(awaitEnd(id).get("outcome").asText()).isEqualTo("completed");
        long csvRows = Files.readAllLines(Path.of(s.send("GET", "/api/runs/" + id, op, null).json().get("outDir")
                .asText()).resolve("ledger.csv")).size() - 1;
        JsonNode n0Run = s.send("GET", "/api/ledger?account=run" + id + ":n0", op, null).json();
        assertThat(n0Run.get("entries")).isNotEmpty();
        JsonNode audit = s.send("GET", "/api/ledger/audit", op, null).json();
        assertThat(audit.get("unbalancedTransactions")).isEmpty();
        assertThat(audit.get("sumOfBalancesMinor").asLong()).isZero();
        assertThat(csvRows).isPositive();
        JsonNode map = s.send("GET", "/api/runs/" + id + "/topology", op, null).json();
        assertThat(map.findValuesAsText("name")).containsExactly("n0", "n1", "n2", "n3");
        assertThat(map.get("nodes").get(3).get("xM").asDouble()).isEqualTo(180);
        for (JsonNode hop : map.get("hops")) {
            assertThat(map.findValuesAsText("name")).contains(hop.get("from").asText(), hop.get("to").asText());
        }
        JsonNode traffic = s.send("GET", "/api/users/n0/traffic", n0, null).json();
        Set<String> flows = new TreeSet<>(traffic.findValuesAsText("flow"));
        assertThat(flows).containsExactly("ftp", "voip");
        for (JsonNode f : traffic.get("flows")) {
            assertThat(f.get("bytesReceived").asLong()).as(f.toString()).isPositive();
            assertThat(f.get("runPaidMinor").asLong()).as(f.toString()).isPositive();
        }
    }

    @Test
    void theOpenApiDocumentListsExactlyTheRoutes() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(s.send("GET", "/api/openapi.json", null, null).body());
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey()));
        }
        Set<String> served = new TreeSet<>();
        s.server.api().routes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(served);
    }
}
