package carma.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stored fingerprints: one line per trace file, {@code source<TAB>file<TAB>sha256}. A file whose
 * fingerprint is {@code volatile} is legitimately different on every run (it holds wall-clock solve
 * times) and is only required to exist.
 */
final class GoldenTraces {
    static final String VOLATILE = "volatile";
    private final Path file;
    private final Map<String, Map<String, String>> bySource = new TreeMap<>();
    private final boolean updating = Boolean.getBoolean("carma.golden.update")
            || "1".equals(System.getenv("CARMA_GOLDEN_UPDATE"));

    private GoldenTraces(Path file) {
        this.file = file;
    }

    static GoldenTraces load(Path file) {
        GoldenTraces g = new GoldenTraces(file);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    g.bySource.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[1], f[2]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    /** SHA-256 of every CSV under {@code dir}, keyed by its path relative to {@code dir}. */
    static Map<String, String> fingerprint(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".csv")).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    synchronized void check(String source, Map<String, String> measured) {
        Map<String, String> stored = bySource.getOrDefault(source, Map.of());
        if (updating) {
            Map<String, String> next = new TreeMap<>(measured);
            stored.forEach((f, sha) -> {
                if (sha.equals(VOLATILE) && next.containsKey(f)) {
                    next.put(f, VOLATILE);
                }
            });
            bySource.put(source, next);
            return;
        }
        assertThat(stored).as("no golden fingerprints stored for %s: run with -Dcarma.golden.update=true", source)
                .isNotEmpty();
        assertThat(measured.keySet()).as("trace files of %s", source).isEqualTo(stored.keySet());
        List<String> changed = new ArrayList<>();
        stored.forEach((f, sha) -> {
            if (!sha.equals(VOLATILE) && !sha.equals(measured.get(f))) {
                changed.add(f);
            }
        });
        assertThat(changed).as("traces of %s differ from their golden fingerprints (a deliberate change is committed"
                + " with -Dcarma.golden.update=true and explained)", source).isEmpty();
    }

    synchronized void saveIfUpdating() {
        if (!updating) {
            return;
        }
        StringBuilder sb = new StringBuilder("# Golden-trace fingerprints (GoldenTracesTest): source, trace file,"
                + " SHA-256 ('volatile': wall-clock content, checked for presence only)\n");
        bySource.forEach((source, files) -> files.forEach((f, sha) -> sb.append(source).append('\t').append(f)
                .append('\t').append(sha).append('\n')));
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
