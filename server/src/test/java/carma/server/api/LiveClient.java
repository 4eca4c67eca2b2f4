package carma.server.api;

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
import java.util.List;

/** Reads a run's live feed (server-sent events) until its 'end' event or a time limit. */
final class LiveClient {
    private LiveClient() {}

    static List<JsonNode> read(String url, String token, long limitMs) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMillis(limitMs)).build();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new AssertionError("live feed answered " + r.statusCode());
        }
        List<JsonNode> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        long until = System.currentTimeMillis() + limitMs;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String event = null;
            String line;
            while (System.currentTimeMillis() < until && (line = in.readLine()) != null) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    if ("end".equals(event)) {
                        return out;
                    }
                    out.add(json.readTree(line.substring(5).trim()));
                }
            }
        }
        return out;
    }
}
