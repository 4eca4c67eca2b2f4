package carma.scenario;

import carma.scenario.yaml.SpecWord;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@link ScenarioSpec} back as YAML with every default filled in; it reads back identically. */
public final class EffectiveScenarioWriter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .registerModule(new SimpleModule().addSerializer(Enum.class, new WordSerializer()));

    /** Every enum is written as the word the scenario reader takes for it. */
    @SuppressWarnings("rawtypes")
    private static final class WordSerializer extends StdSerializer<Enum> {
        private static final long serialVersionUID = 1L;

        WordSerializer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(SpecWord.of(value));
        }
    }

    private EffectiveScenarioWriter() {}

    public static String toYaml(ScenarioSpec spec) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("schemaVersion", spec.schemaVersion());
        top.put("name", spec.name());
        top.put("seed", spec.seed());
        top.put("durationS", spec.durationS());
        top.put("clock", spec.clock());
        top.put("outputs", spec.outputs());
        for (ModelSection m : spec.models()) {
            top.put(m.key(), m);
        }
        try {
            return "# effective scenario: every default filled in (carma)\n" + YAML.writeValueAsString(top);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the effective scenario: " + e.getOriginalMessage(), e);
        }
    }
}
