package carma.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/scenario-format.md documents every key of every section. The keys a reader accepts are the
 * components of the spec records (the effective scenario is written from them and must read back,
 * GoldenTracesTest), so this test walks the records — sealed variants included — and fails on any
 * key the document does not list, and on any key it lists that no reader takes (checked: deleting the
 * {@code olsr.mprCoverage} row of the document fails the first test).
 */
class ScenarioFormatDocTest {
    private static final Map<Class<? extends ModelSection>, String> SECTIONS = Map.of(QueueSection.class,
            QueueSection.KEY, RanSection.class, RanSection.KEY, MeshSection.class, MeshSection.KEY, CorenetSection.class, CorenetSection.KEY);

    @Test
    void everyKeyOfEverySectionIsDocumentedAndNothingElse() throws IOException {
        TreeSet<String> accepted = new TreeSet<>();
        for (RecordComponent c : ScenarioSpec.class.getRecordComponents()) {
            if (!c.getName().equals("models")) {
                keys(c.getName(), c.getGenericType(), accepted);
            }
        }
        SECTIONS.forEach((type, key) -> keys(key, type, accepted));
        TreeSet<String> documented = documented(Files.readString(Path.of("../docs/scenario-format.md")));
        assertThat(documented).as("keys the readers accept but docs/scenario-format.md does not list")
                .containsAll(accepted);
        assertThat(accepted).as("keys docs/scenario-format.md lists but no reader accepts").containsAll(documented);
    }

    @Test
    void theWalkSeesKeysOfSealedVariantsAndNestedLists() {
        TreeSet<String> accepted = new TreeSet<>();
        SECTIONS.forEach((type, key) -> keys(key, type, accepted));
        // deliberately checked: a walk that missed sealed variants or @JsonProperty keys would pass vacuously
        assertThat(accepted).contains("mesh.flows[].relay", "mesh.flows[].type", "mesh.nodes[].path[].atS",
                "ran.services[].preset", "ran.services[].qosClass", "ran.userUnderTest.mode", "mesh.olsr.mprCoverage",
                "queue.queues[].service");
    }

    private static void keys(String path, Type type, TreeSet<String> out) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (List.class.isAssignableFrom(raw)) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            Class<?> itemRaw = item instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) item;
            if (itemRaw.isRecord() || itemRaw.isSealed()) {
                keys(path + "[]", item, out);
            } else {
                out.add(path);
            }
        } else if (raw.isSealed()) {
            for (Class<?> variant : raw.getPermittedSubclasses()) {
                keys(path, variant, out);
            }
        } else if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                keys(path + "." + c.getName(), c.getGenericType(), out);
            }
            for (Method m : raw.getDeclaredMethods()) {
                JsonProperty j = m.getAnnotation(JsonProperty.class);
                if (j != null) {
                    out.add(path + "." + j.value());
                }
            }
        } else {
            out.add(path);
        }
    }

    /** Backticked keys in the first column of every table, prefixed with their section's key. */
    private static TreeSet<String> documented(String markdown) {
        TreeSet<String> out = new TreeSet<>();
        String section = "";
        Pattern heading = Pattern.compile("^## `([a-z]+)`");
        Pattern key = Pattern.compile("`([A-Za-z][A-Za-z0-9.\\[\\]]*)`");
        for (String line : markdown.split("\n")) {
            Matcher h = heading.matcher(line);
            if (h.find()) {
                section = h.group(1) + ".";
                continue;
            }
            if (line.startsWith("## ")) {
                section = null; // a section about something else (e.g. Limits): its tables are not key lists
                continue;
            }
            if (section == null || !line.startsWith("| `")) {
                continue;
            }
            String first = line.substring(1, line.indexOf('|', 1));
            List<String> found = new ArrayList<>();
            Matcher k = key.matcher(first);
            while (k.find()) {
                found.add(section + k.group(1));
            }
            out.addAll(found);
        }
        return out;
    }
}
