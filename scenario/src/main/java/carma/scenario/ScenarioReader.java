package carma.scenario;

import carma.scenario.yaml.ScenarioException;
import carma.scenario.yaml.SpecMap;
import carma.scenario.yaml.YamlNode;
import carma.scenario.yaml.YamlTreeReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reads and checks a scenario file into a {@link ScenarioSpec} with every default filled in. */
public final class ScenarioReader {
    private ScenarioReader() {}

    public static ScenarioSpec readFile(Path file) {
        return readFile(file, List.of());
    }

    /** Reads a file with overrides applied first (checked like the file's own keys). */
    public static ScenarioSpec readFile(Path file, List<ScenarioOverride> overrides) {
        byte[] bytes;
        try {
            if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                throw new ScenarioException("", 0, file + " has " + Files.size(file) + " bytes; a scenario file has at"
                        + " most " + Limits.MAX_FILE_BYTES + " (" + Limits.HOW_TO_RAISE + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException("", 0, "no such file: " + file);
        } catch (IOException e) {
            throw new ScenarioException("", 0, "cannot read " + file + ": " + e.getMessage());
        }
        try {
            return read(decode(bytes), overrides);
        } catch (ScenarioException e) {
            throw e.inFile(file.toString());
        }
    }

    /** Strict UTF-8 decoding: invalid byte sequences are an error, not replacement characters. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException("", 0, "the file is not UTF-8 text (binary content?)");
        }
    }

    public static ScenarioSpec read(String yaml) {
        return read(yaml, List.of());
    }

    public static ScenarioSpec read(String yaml, List<ScenarioOverride> overrides) {
        YamlNode.Mapping root = ScenarioOverride.applyAll(YamlTreeReader.read(yaml), overrides);
        SpecMap top = new SpecMap(root);
        for (String k : List.of("schemaVersion", "name", "seed", "durationS", "clock", "outputs")) {
            top.has(k);
        }
        SectionCatalog.keys().forEach(top::has);
        top.finish(); // unknown and unit-less keys first: they often explain a "missing" key
        long version = top.integer("schemaVersion", ScenarioSpec.SCHEMA_VERSION, 1, Integer.MAX_VALUE);
        if (version != ScenarioSpec.SCHEMA_VERSION) {
            throw top.error("schemaVersion", "this carma reads schema version " + ScenarioSpec.SCHEMA_VERSION
                    + ", found " + version);
        }
        // from here on, every part is read even when another failed, so that all problems are reported
        List<ScenarioException> problems = new ArrayList<>();
        String name = attempt(problems, () -> top.requiredString("name"), "");
        long seed = attempt(problems, () -> top.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE), 1L);
        double durationS = attempt(problems, () -> duration(top), Double.NaN);
        ClockSpec clock = attempt(problems, () -> readClock(top.map("clock")), ClockSpec.DEFAULT);
        OutputsSpec outputs = attempt(problems, () -> readOutputs(top.map("outputs")), OutputsSpec.DEFAULT);
        List<ModelSection> models = new ArrayList<>();
        for (String key : root.entries().keySet()) {
            if (Double.isNaN(durationS)) {
                break; // the sections' checks depend on the duration: their problems would only repeat this one
            }
            for (SectionCatalog.Entry e : SectionCatalog.entries()) {
                if (e.key().equals(key)) {
                    ModelSection m = attempt(problems, () -> e.reader().read(top.map(key), durationS), null);
                    if (m != null) {
                        models.add(m);
                    }
                }
            }
        }
        if (models.isEmpty() && problems.isEmpty()) {
            throw new ScenarioException("", root.line(), "needs a model section: one of "
                    + String.join(", ", SectionCatalog.keys()));
        }
        if (!problems.isEmpty()) {
            throw ScenarioException.of(problems);
        }
        return new ScenarioSpec((int) version, name, seed, durationS, clock, outputs, models);
    }

    private static double duration(SpecMap top) {
        double durationS = top.positive("durationS", Double.NaN);
        if (Double.isNaN(durationS)) {
            throw top.error("durationS", "is missing (the simulated duration in seconds, e.g. durationS: 60)");
        }
        if (durationS > Limits.MAX_DURATION_S) {
            throw top.error("durationS", "must be at most 1e8 s, about three years (" + Limits.HOW_TO_RAISE
                    + "), found " + durationS);
        }
        if (durationS * 1e9 < 1) {
            throw top.error("durationS", "must be at least one nanosecond, found " + durationS);
        }
        return durationS;
    }

    /** The value of {@code read}, or {@code fallback} after recording its problems. */
    private static <T> T attempt(List<ScenarioException> problems, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (ScenarioException e) {
            problems.add(e);
            return fallback;
        }
    }

    private static ClockSpec readClock(SpecMap m) {
        ClockSpec d = ClockSpec.DEFAULT;
        ClockSpec.Mode mode = m.choice("mode", d.mode());
        double tickMs = m.number("tickMs", d.tickMs(), 0.1, 1000);
        if (tickMs * 1e6 != Math.rint(tickMs * 1e6)) {
            throw m.error("tickMs", "must be a whole number of nanoseconds, found " + tickMs);
        }
        ClockSpec.Overrun overrun = m.choice("onOverrun", d.onOverrun());
        double lateMs = m.number("lateMs", Math.min(d.lateMs(), tickMs / 10), 0, tickMs);
        m.finish();
        return new ClockSpec(mode, tickMs, overrun, lateMs);
    }

    private static OutputsSpec readOutputs(SpecMap m) {
        boolean traces = m.bool("traces", OutputsSpec.DEFAULT.traces());
        boolean report = m.bool("report", OutputsSpec.DEFAULT.report());
        m.finish();
        return new OutputsSpec(traces, report);
    }
}
