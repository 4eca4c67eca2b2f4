package carma.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import carma.server.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger under faults: a server in a process of its own takes {@link #TRANSFERS} transfers from
 * {@link #THREADS} client threads; when a third of them are answered it is killed with SIGKILL,
 * restarted on the same database, and every transfer is re-sent with its Idempotency-Key. Then the
 * audit must show each transaction exactly once, every transaction summing to zero, every cached
 * balance equal to the sum of its entries, and each balance equal to what the client computed; every
 * transfer answered before the kill must be answered again as a replay with the same txId.
 * Bounded: a fixed count, and each phase gives up after {@link #PHASE_LIMIT}.
 *
 * <p>Checked against a wrong model: with the idempotency lookup removed from LedgerStore.postIn (a
 * replay inserted again), the re-send phase fails on the unique key and this test fails.
 * {@code -Dcarma.faults.transfers=N} changes the count (at least 100,000 in CI).
 */
class LedgerUnderFaultsTest {
    static final int TRANSFERS = Integer.getInteger("carma.faults.transfers", 100_000);
    static final int THREADS = 8;
    static final int USERS = 16;
    static final long GRANT = 10_000_000;
    static final Duration PHASE_LIMIT = Duration.ofMinutes(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    static int from(int i) {
        return i % USERS;
    }

    static int to(int i) {
        return (i % USERS + 1 + (i / USERS) % (USERS - 1)) % USERS;
    }

    static long amount(int i) {
        return 1 + i % 5;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyTransferIsRecordedExactlyOnceAcrossAKillAndResend(String kind) throws Exception {
        String url = TestDatabases.freshUrl(kind);
        Path data = Files.createTempDirectory("carma-faults-");
        ServerProcess first = ServerProcess.start(kind.equals("h2") ? null : url, data);
        String token = first.login();
        for (int u = 0; u < USERS; u++) {
            JsonNode r = post(first, token, "/api/users", "{\"name\":\"f" + u + "\",\"password\":\"password-" + u
                    + "\",\"grantMinor\":" + GRANT + "}", null);
            assertThat(r.get("name").asText()).isEqualTo("f" + u);
        }
        AtomicLongArray txOfFirstRun = new AtomicLongArray(TRANSFERS);
        AtomicInteger answered = new AtomicInteger();
        long t0 = System.nanoTime();
        runPhase(first, token, i -> {
            txOfFirstRun.set(i, post(first, token, "/api/ledger/transfers", body(i), "f-" + i).get("txId").asLong() + 1);
            if (answered.incrementAndGet() == TRANSFERS / 3) {
                first.kill();
            }
        });
        double phase1S = (System.nanoTime() - t0) / 1e9;
        assertThat(first.killed()).as("the server was killed mid-way").isTrue();
        int beforeKill = answered.get();
        System.out.printf("ledger under faults (%s): %d transfers answered before SIGKILL (%.1f s)%n", kind,
                beforeKill, phase1S);

        ServerProcess second = ServerProcess.start(kind.equals("h2") ? null : url, data);
        try {
            String token2 = second.login();
            AtomicInteger replays = new AtomicInteger();
            AtomicInteger mismatched = new AtomicInteger();
            long t1 = System.nanoTime();
            runPhase(second, token2, i -> {
                HttpResponse<String> r = send(second, token2, "/api/ledger/transfers", body(i), "f-" + i);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                boolean replay = r.headers().firstValue("Idempotent-Replayed").orElse("").equals("true");
                long tx = JSON.readTree(r.body()).get("txId").asLong();
                if (replay) {
                    replays.incrementAndGet();
                }
                long before = txOfFirstRun.get(i);
                if (before != 0 && (!replay || before - 1 != tx)) {
                    mismatched.incrementAndGet();
                }
            });
            double phase2S = (System.nanoTime() - t1) / 1e9;
            System.out.printf("ledger under faults (%s): %d of %d re-sent transfers were replays (%.1f s, %.0f/s)%n",
                    kind, replays.get(), TRANSFERS, phase2S, TRANSFERS / phase2S);
            assertThat(mismatched.get()).as("transfers answered before the kill, not replayed the same").isZero();
            assertThat(replays.get()).isGreaterThanOrEqualTo(beforeKill);

            JsonNode audit = JSON.readTree(send(second, token2, "/api/ledger/audit", null, null).body());
            assertThat(audit.get("transactions").asLong()).isEqualTo(USERS + TRANSFERS);
            assertThat(audit.get("distinctKeys").asLong()).isEqualTo(USERS + TRANSFERS);
            assertThat(audit.get("entries").asLong()).isEqualTo(2L * (USERS + TRANSFERS));
            assertThat(audit.get("unbalancedTransactions")).isEmpty();
            assertThat(audit.get("singleEntryTransactions")).isEmpty();
            assertThat(audit.get("cacheMismatches")).isEmpty();
            assertThat(audit.get("sumOfBalancesMinor").asLong()).isZero();
            long[] expected = new long[USERS];
            java.util.Arrays.fill(expected, GRANT);
            for (int i = 0; i < TRANSFERS; i++) {
                expected[from(i)] -= amount(i);
                expected[to(i)] += amount(i);
            }
            for (int u = 0; u < USERS; u++) {
                JsonNode b = JSON.readTree(send(second, token2, "/api/users/f" + u + "/balance", null, null).body());
                assertThat(b.get("balanceMinor").asLong()).as("f" + u).isEqualTo(expected[u]);
            }
        } finally {
            second.stop();
        }
    }

    private static String body(int i) {
        return "{\"from\":\"f" + from(i) + "\",\"to\":\"f" + to(i) + "\",\"amountMinor\":" + amount(i) + "}";
    }

    interface Step {
        void send(int i) throws Exception;
    }

    /** Sends transfers 0..N-1 from the client threads until done, or until the server is gone. */
    private void runPhase(ServerProcess server, String token, Step step) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < TRANSFERS && System.nanoTime() < deadline) {
                    try {
                        step.send(i);
                    } catch (IOException e) {
                        if (server.killed()) {
                            return null; // in flight at the kill, or refused after it: re-sent in phase 2
                        }
                        throw e;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        assertThat(System.nanoTime()).as("the phase ended within " + PHASE_LIMIT).isLessThan(deadline);
    }

    private JsonNode post(ServerProcess s, String token, String path, String body, String key) throws Exception {
        HttpResponse<String> r = send(s, token, path, body, key);
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(ServerProcess s, String token, String path, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        b.method(body == null ? "GET" : "POST", body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code carma.server.Serve} in a JVM of its own. */
    static final class ServerProcess {
        static final String PASSWORD = "faults-admin-pw";
        final Process process;
        final String base;
        private volatile boolean killed;

        private ServerProcess(Process process, String base) {
            this.process = process;
            this.base = base;
        }

        static ServerProcess start(String dbUrl, Path data) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "carma.server.Serve",
                    "--port", "0", "--data", data.toString()));
            if (dbUrl != null) {
                cmd.addAll(List.of("--db", dbUrl));
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(data.resolve("server-stderr.txt").toFile());
            pb.environment().put("CARMA_ADMIN_PASSWORD", PASSWORD);
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            long until = System.currentTimeMillis() + 60_000;
            String line;
            while ((line = out.readLine()) != null && System.currentTimeMillis() < until) {
                if (line.startsWith("carma: serving ")) {
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain");
                    drain.setDaemon(true);
                    drain.start();
                    return new ServerProcess(p, line.substring("carma: serving ".length()).trim());
                }
            }
            p.destroyForcibly();
            throw new AssertionError("the server did not start: " + Files.readString(data.resolve("server-stderr.txt")));
        }

        String login() throws Exception {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body()).get("token").asText();
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed. */
        void kill() {
            killed = true;
            process.destroyForcibly();
        }

        boolean killed() {
            return killed;
        }

        void stop() throws InterruptedException {
            process.destroy(); // SIGTERM: the clean stop
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
