package carma.benchmarks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on a running {@code carma serve} from this (second) process, over loopback: requests per
 * second and latency percentiles of {@code GET /api/runs/{id}} and of ledger transfers, and the live
 * feed's latency (from the server closing a simulated second of a real-time run to this client
 * reading it). Bounded: a fixed number of requests. Prints figures; asserts nothing.
 *
 * <pre>
 * CARMA_ADMIN_PASSWORD=bench-password ./carma serve --port 8099 --data /tmp/bench-data &amp;
 * java -cp benchmarks/target/benchmarks.jar carma.benchmarks.server.ServerLoadHarness \
 *     http://127.0.0.1:8099 bench-password 20000 8
 * </pre>
 */
public final class ServerLoadHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private String token;

    private ServerLoadHarness(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ServerLoadHarness BASE-URL ADMIN-PASSWORD REQUESTS THREADS");
            System.exit(2);
        }
        ServerLoadHarness h = new ServerLoadHarness(args[0]);
        int n = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        h.token = JSON.readTree(h.send("POST", "/api/login", "{\"name\":\"admin\",\"password\":\"" + args[1] + "\"}",
                null).body()).get("token").asText();
        String queue = "schemaVersion: 1\nname: bench\nseed: 1\ndurationS: 600\nclock: {mode: realtime, tickMs: 10}\n"
                + "queue:\n  queues:\n    - {name: q, arrivalRatePerS: 50, serviceRatePerS: 80, service: exponential}\n";
        long id = JSON.readTree(h.send("POST", "/api/runs", queue, null).body()).get("id").asLong();
        h.send("POST", "/api/runs/" + id + "/start", null, null);
        String tag = Long.toString(System.currentTimeMillis(), 36);
        h.send("POST", "/api/users", "{\"name\":\"a" + tag + "\",\"password\":\"bench-password\",\"grantMinor\":"
                + 1_000_000_000L + "}", null);
        h.send("POST", "/api/users", "{\"name\":\"b" + tag + "\",\"password\":\"bench-password\"}", null);
        System.out.printf(Locale.ROOT, "carma serve load from a second process: %d requests per kind, %d threads, %s%n",
                n, threads, args[0]);
        h.report("GET /api/runs/{id} (a real-time run in progress)", n, threads,
                i -> h.send("GET", "/api/runs/" + id, null, null));
        h.report("POST /api/ledger/transfers (new key each)", n, threads,
                i -> h.send("POST", "/api/ledger/transfers", "{\"from\":\"a" + tag + "\",\"to\":\"b" + tag
                        + "\",\"amountMinor\":1}", tag + "-" + i));
        h.report("POST /api/ledger/transfers (replayed key)", n, threads,
                i -> h.send("POST", "/api/ledger/transfers", "{\"from\":\"a" + tag + "\",\"to\":\"b" + tag
                        + "\",\"amountMinor\":1}", tag + "-" + i));
        h.liveLatency(id, 10);
        h.send("POST", "/api/runs/" + id + "/stop", null, null);
    }

    interface Request {
        HttpResponse<String> send(int i) throws Exception;
    }

    private void report(String what, int n, int threads, Request r) throws Exception {
        long[] latencyNs = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    long s = System.nanoTime();
                    int status = r.send(i).statusCode();
                    latencyNs[i] = System.nanoTime() - s;
                    if (status / 100 != 2) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        double wallS = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Arrays.sort(latencyNs);
        System.out.printf(Locale.ROOT, "  %-52s %7.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%d not 2xx)%n",
                what, n / wallS, latencyNs[n / 2] / 1e6, latencyNs[(int) (n * 0.99)] / 1e6, latencyNs[n - 1] / 1e6,
                failed.get());
    }

    private void liveLatency(long id, int seconds) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/live"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        List<Long> ms = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String line;
            boolean backlogDone = false;
            long start = System.currentTimeMillis();
            while (ms.size() < seconds && (line = in.readLine()) != null) {
                if (line.startsWith("data:")) {
                    JsonNode a = JSON.readTree(line.substring(5));
                    long now = System.currentTimeMillis();
                    // the kept backlog arrives at once on connecting; measure only seconds closed after that
                    if (backlogDone || now - start > 500) {
                        backlogDone = true;
                        ms.add(now - a.get("sentAtEpochMs").asLong());
                    }
                }
            }
        }
        long[] v = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  live feed: %d seconds, latency from closing a second to this client:"
                + " median %d ms, max %d ms%n", v.length, v[v.length / 2], v[v.length - 1]);
    }

    private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
