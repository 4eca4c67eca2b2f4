package carma.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A server on 127.0.0.1 (a free port) over a fresh database, and a small client for it. Tests hash
 * passwords with 1,000 PBKDF2 iterations instead of 210,000 (the cost is a parameter; the algorithm
 * is the same), so that a test suite creating dozens of users stays fast.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-password-1";
    static final int TEST_ITERATIONS = 1_000;
    public final CarmaServer server;
    public final Path dataDir;
    public final String dbUrl;
    public final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestServer(String dbUrl, Path dataDir) throws Exception {
        this.dbUrl = dbUrl;
        this.dataDir = dataDir;
        this.server = CarmaServer.start(new ServerConfig("127.0.0.1", 0, dbUrl, dataDir, ADMIN_PASSWORD,
                TEST_ITERATIONS, new PrintStream(printed, true, StandardCharsets.UTF_8)));
    }

    public static TestServer start(String kind) throws Exception {
        Path data = Files.createTempDirectory("carma-serve-");
        String url = TestDatabases.freshUrl(kind);
        return new TestServer(kind.equals("h2") ? null : url, data);
    }

    /** Another server process-equivalent on the same database and data folder (a restart). */
    public TestServer restart() throws Exception {
        server.close();
        return new TestServer(dbUrl, dataDir);
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** An answer: status, headers and body. */
    public record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Answer send(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers(), r.body());
    }

    /** Logs in and returns the bearer token. */
    public String login(String name, String password) throws Exception {
        Answer a = send("POST", "/api/login", null, "{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}");
        if (a.status() != 200) {
            throw new AssertionError("login of " + name + " failed: " + a);
        }
        return a.json().get("token").asText();
    }

    public String createUser(String operatorToken, String name, String role, long grantMinor) throws Exception {
        Answer a = send("POST", "/api/users", operatorToken, "{\"name\":\"" + name + "\",\"password\":\"pw-" + name
                + "-123\",\"role\":\"" + role + "\",\"grantMinor\":" + grantMinor + "}");
        if (a.status() != 201) {
            throw new AssertionError("creating " + name + " failed: " + a);
        }
        return login(name, "pw-" + name + "-123");
    }

    @Override
    public void close() {
        server.close();
    }
}
