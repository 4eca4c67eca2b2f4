package carma.scenario;

import carma.scenario.yaml.ScenarioException;
import carma.scenario.yaml.YamlNode;
import carma.scenario.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code PATH=VALUE} change to a scenario, applied to the YAML tree before it is read, so an
 * override is checked exactly like the file (range, unit, unknown key) and its errors name it.
 * {@code PATH} is dotted keys; a list item is {@code [index]} or {@code [name]} (the item whose
 * {@code name} is that): {@code mesh.flows[voip].startS=5}, {@code ran.hsdpa.scheduler=max-ci},
 * {@code durationS=20}. {@code VALUE} is YAML: {@code 20}, {@code fifo}, {@code {v: 100}},
 * {@code [1, 2]}. A key that does not exist yet is added (and rejected by the reader if unknown).
 */
public record ScenarioOverride(String path, String value) {
    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[[^\\]]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]+)\\]");

    public ScenarioOverride {
        // a selector holds no '.', '[' or ']', so that the path splits into steps at every '.'
        if (!path.matches("[A-Za-z][A-Za-z0-9]*(\\[[^\\].\\[]+\\])*(\\.[A-Za-z][A-Za-z0-9]*(\\[[^\\].\\[]+\\])*)*")) {
            throw new ScenarioException(path, YamlNode.OVERRIDE_LINE, "is not a scenario path (keys separated by"
                    + " '.', list items as [index] or [name], e.g. mesh.flows[voip].startS)");
        }
    }

    /** Parses {@code PATH=VALUE}. */
    public static ScenarioOverride parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ScenarioException(text, YamlNode.OVERRIDE_LINE, "an override is PATH=VALUE, e.g. durationS=20");
        }
        return new ScenarioOverride(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    /** {@code root} with every override applied in order. */
    static YamlNode.Mapping applyAll(YamlNode.Mapping root, List<ScenarioOverride> overrides) {
        YamlNode.Mapping r = root;
        for (ScenarioOverride o : overrides) {
            r = (YamlNode.Mapping) o.apply(r, steps(o.path), 0, "");
        }
        return r;
    }

    private record Step(String key, List<String> selectors) {}

    private static List<Step> steps(String path) {
        List<Step> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                throw new IllegalStateException(part);
            }
            List<String> sel = new ArrayList<>();
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                sel.add(i.group(1).trim());
            }
            out.add(new Step(m.group(1), sel));
        }
        return out;
    }

    private YamlNode apply(YamlNode node, List<Step> steps, int k, String at) {
        if (!(node instanceof YamlNode.Mapping)) {
            throw new ScenarioException(at, YamlNode.OVERRIDE_LINE, "--set " + path + ": " + at + " is "
                    + node.describe() + ", not a mapping of keys");
        }
        YamlNode.Mapping map = (YamlNode.Mapping) node;
        Step step = steps.get(k);
        String childPath = at.isEmpty() ? step.key() : at + "." + step.key();
        Map<String, YamlNode> entries = new LinkedHashMap<>(map.entries());
        YamlNode child = entries.get(step.key());
        entries.put(step.key(), descend(child, step.selectors(), 0, steps, k, childPath));
        return new YamlNode.Mapping(map.path(), map.line(), entries);
    }

    private YamlNode descend(YamlNode child, List<String> selectors, int s, List<Step> steps, int k, String at) {
        if (s == selectors.size()) {
            if (k == steps.size() - 1) {
                return value(at);
            }
            YamlNode next = child != null ? child : new YamlNode.Mapping(at, YamlNode.OVERRIDE_LINE, Map.of());
            return apply(next, steps, k + 1, at);
        }
        if (!(child instanceof YamlNode.Sequence)) {
            throw new ScenarioException(at, YamlNode.OVERRIDE_LINE, "--set " + path + ": " + at + " is "
                    + (child == null ? "absent" : child.describe()) + ", not a list");
        }
        YamlNode.Sequence seq = (YamlNode.Sequence) child;
        int i = itemIndex(seq, selectors.get(s), at);
        List<YamlNode> items = new ArrayList<>(seq.items());
        String itemPath = at + "[" + i + "]";
        items.set(i, descend(items.get(i), selectors, s + 1, steps, k, itemPath));
        return new YamlNode.Sequence(seq.path(), seq.line(), items);
    }

    private int itemIndex(YamlNode.Sequence seq, String selector, String at) {
        if (selector.matches("[0-9]+")) {
            int i = Integer.parseInt(selector);
            if (i >= seq.items().size()) {
                throw new ScenarioException(at, YamlNode.OVERRIDE_LINE, "--set " + path + ": the list has "
                        + seq.items().size() + " items, no [" + i + "]");
            }
            return i;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            if (seq.items().get(i) instanceof YamlNode.Mapping m && m.entries().get("name") instanceof YamlNode.Scalar n) {
                if (selector.equals(n.text())) {
                    return i;
                }
                names.add(n.text());
            }
        }
        throw new ScenarioException(at, YamlNode.OVERRIDE_LINE, "--set " + path + ": no item named '" + selector
                + "' (named items: " + String.join(", ", names) + ")");
    }

    /** The value parsed as YAML, placed at {@code at}. */
    private YamlNode value(String at) {
        YamlNode.Mapping holder;
        try {
            holder = YamlTreeReader.read("v: " + value);
        } catch (ScenarioException e) {
            throw new ScenarioException(at, YamlNode.OVERRIDE_LINE, "--set " + path + ": the value is not YAML: "
                    + e.problem());
        }
        return relocate(holder.entries().get("v"), at);
    }

    private static YamlNode relocate(YamlNode n, String at) {
        if (n instanceof YamlNode.Mapping m) {
            Map<String, YamlNode> e = new LinkedHashMap<>();
            m.entries().forEach((key, v) -> e.put(key, relocate(v, at + "." + key)));
            return new YamlNode.Mapping(at, YamlNode.OVERRIDE_LINE, e);
        }
        if (n instanceof YamlNode.Sequence s) {
            List<YamlNode> items = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                items.add(relocate(s.items().get(i), at + "[" + i + "]"));
            }
            return new YamlNode.Sequence(at, YamlNode.OVERRIDE_LINE, items);
        }
        YamlNode.Scalar s = (YamlNode.Scalar) n;
        return new YamlNode.Scalar(at, YamlNode.OVERRIDE_LINE, s.kind(), s.text());
    }
}
