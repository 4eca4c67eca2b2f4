package carma.scenario.yaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typed, checked access to one YAML mapping of a scenario. Each getter names the key it reads;
 * {@link #finish()} then rejects every key nobody read, with a hint when the key is a quantity
 * written without its unit (scenario keys carry units: {@code durationS}, {@code tickMs}). Every
 * error carries the YAML path and line.
 */
public final class SpecMap {
    /** Unit suffixes a quantity key may carry, longest first. */
    private static final List<String> UNIT_SUFFIXES = List.of("PerS", "Kmh", "Mps", "Dbm", "Bps", "MHz", "Hz", "Ms",
            "Ns", "Db", "Km", "S", "M", "W");
    /** Items of any one list (services, user groups, nodes, flows, waypoints, queues). */
    public static final int MAX_LIST_ITEMS = 100_000;
    private final YamlNode.Mapping node;
    private final Set<String> known = new LinkedHashSet<>();
    /** Problems of list items read so far; {@link #finish()} reports them with the unknown keys. */
    private final List<ScenarioException> problems = new ArrayList<>();

    public SpecMap(YamlNode.Mapping node) {
        this.node = node;
    }

    public static SpecMap of(YamlNode n) {
        if (!(n instanceof YamlNode.Mapping)) {
            throw new ScenarioException(n.path(), n.line(), "must be a mapping of keys, found " + n.describe());
        }
        return new SpecMap((YamlNode.Mapping) n);
    }

    public String path() {
        return node.path();
    }

    public int line() {
        return node.line();
    }

    public boolean has(String key) {
        known.add(key);
        return node.entries().containsKey(key);
    }

    /** The raw node of a key that must be present. */
    public YamlNode required(String key) {
        known.add(key);
        YamlNode n = node.entries().get(key);
        if (n == null) {
            throw new ScenarioException(childPath(key), node.line(), "is missing");
        }
        return n;
    }

    public String string(String key, String dflt) {
        return has(key) ? asString(node.entries().get(key)) : dflt;
    }

    public String requiredString(String key) {
        return asString(required(key));
    }

    public double number(String key, double dflt, double min, double max) {
        return has(key) ? checkRange(node.entries().get(key), asDouble(node.entries().get(key)), min, max) : dflt;
    }

    /** A number strictly greater than zero. */
    public double positive(String key, double dflt) {
        if (!has(key)) {
            return dflt;
        }
        YamlNode n = node.entries().get(key);
        double v = asDouble(n);
        if (!(v > 0)) {
            throw new ScenarioException(n.path(), n.line(), "must be a positive number, found " + fmt(v));
        }
        return v;
    }

    public double requiredNumber(String key, double min, double max) {
        YamlNode n = required(key);
        return checkRange(n, asDouble(n), min, max);
    }

    public long integer(String key, long dflt, long min, long max) {
        if (!has(key)) {
            return dflt;
        }
        YamlNode n = node.entries().get(key);
        long v = asLong(n);
        checkRange(n, v, min, max);
        return v;
    }

    public boolean bool(String key, boolean dflt) {
        if (!has(key)) {
            return dflt;
        }
        YamlNode n = node.entries().get(key);
        if (n instanceof YamlNode.Scalar && ((YamlNode.Scalar) n).kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            // YamlTreeReader stores YAML 1.1's words (yes, on, ...) as the value they mean
            return Boolean.parseBoolean(((YamlNode.Scalar) n).text());
        }
        throw new ScenarioException(n.path(), n.line(), "must be true or false, found " + n.describe());
    }

    /**
     * One constant of {@code dflt}'s enum, written as its {@link SpecWord} (compared case-sensitively,
     * as written in the scenario); absent → {@code dflt}.
     */
    public <E extends Enum<E>> E choice(String key, E dflt) {
        return has(key) ? word(node.entries().get(key), dflt.getDeclaringClass()) : dflt;
    }

    /** One constant of {@code type}, which must be present. */
    public <E extends Enum<E>> E requiredChoice(String key, Class<E> type) {
        return word(required(key), type);
    }

    /** The enum constant whose {@link SpecWord} is the scalar {@code n}. */
    private static <E extends Enum<E>> E word(YamlNode n, Class<E> type) {
        String v = asString(n);
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (SpecWord.of(e).equals(v)) {
                return e;
            }
            words.add(SpecWord.of(e));
        }
        throw new ScenarioException(n.path(), n.line(), "must be one of " + String.join(", ", words) + ", found '"
                + YamlNode.Scalar.shortened(v) + "'");
    }

    /** A nested mapping; absent → an empty mapping (so defaults apply). */
    public SpecMap map(String key) {
        if (!has(key)) {
            return new SpecMap(new YamlNode.Mapping(childPath(key), node.line(), Map.of()));
        }
        return of(node.entries().get(key));
    }

    /** A list whose items are read by {@code item}; absent → empty. */
    public <T> List<T> list(String key, Function<YamlNode, T> item) {
        if (!has(key)) {
            return List.of();
        }
        YamlNode n = node.entries().get(key);
        if (!(n instanceof YamlNode.Sequence)) {
            throw new ScenarioException(n.path(), n.line(), "must be a list, found " + n.describe());
        }
        if (((YamlNode.Sequence) n).items().size() > MAX_LIST_ITEMS) {
            throw new ScenarioException(n.path(), n.line(), "has " + ((YamlNode.Sequence) n).items().size()
                    + " items; at most " + MAX_LIST_ITEMS + " (a limit of this carma version)");
        }
        List<T> out = new ArrayList<>();
        for (YamlNode i : ((YamlNode.Sequence) n).items()) {
            try {
                out.add(item.apply(i));
            } catch (ScenarioException e) {
                problems.add(e); // the other items are still read, so that all their problems are reported
            }
        }
        return out;
    }

    /**
     * An error about a key of this mapping (e.g. a cross-field check). If list items of this mapping
     * failed, those problems are reported instead: a check across items that were skipped would only
     * repeat them in other words ("needs at least one queue" after the only queue failed).
     */
    public ScenarioException error(String key, String problem) {
        if (!problems.isEmpty()) {
            return ScenarioException.of(problems);
        }
        YamlNode n = node.entries().get(key);
        return n == null ? new ScenarioException(childPath(key), node.line(), problem)
                : new ScenarioException(n.path(), n.line(), problem);
    }

    /**
     * Rejects every key that was not read, together with the problems of list items met so far. Call
     * after reading all keys of this mapping.
     */
    public void finish() {
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(new ScenarioException(e.getValue().path(), e.getValue().line(),
                        unknownKeyMessage(e.getKey())));
            }
        }
        if (!problems.isEmpty()) {
            List<ScenarioException> all = List.copyOf(problems);
            problems.clear();
            throw ScenarioException.of(all);
        }
    }

    private String unknownKeyMessage(String key) {
        List<String> withUnit = known.stream().filter(k -> k.length() > key.length() && k.startsWith(key)
                && UNIT_SUFFIXES.contains(k.substring(key.length()))).collect(Collectors.toList());
        if (!withUnit.isEmpty()) {
            return "quantity without a unit: write the unit in the key, e.g. '" + withUnit.get(0) + "'";
        }
        String stripped = stripUnit(key);
        List<String> otherUnit = known.stream().filter(k -> !k.equals(key) && stripUnit(k).equals(stripped)
                && !stripped.equals(k)).collect(Collectors.toList());
        if (!otherUnit.isEmpty()) {
            return "unknown key '" + key + "': this quantity is given as '" + otherUnit.get(0) + "'";
        }
        return "unknown key '" + YamlNode.Scalar.shortened(key) + "'" + (known.isEmpty() ? "" : knownKeys(key));
    }

    /** The keys of this mapping; when there are many, those nearest the unknown one (longest common prefix). */
    private String knownKeys(String key) {
        String all = String.join(", ", known);
        if (all.length() <= 160) {
            return "; known keys here: " + all;
        }
        List<String> nearest = new ArrayList<>(known);
        nearest.sort(java.util.Comparator.comparingInt((String k) -> -commonPrefix(k, key)));
        return "; nearest known keys here: " + String.join(", ", nearest.subList(0, 5)) + " (" + known.size()
                + " in all, docs/scenario-format.md)";
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && Character.toLowerCase(a.charAt(n)) == Character.toLowerCase(b.charAt(n))) {
            n++;
        }
        return n;
    }

    private static String stripUnit(String k) {
        for (String s : UNIT_SUFFIXES) {
            if (k.endsWith(s) && k.length() > s.length()) {
                return k.substring(0, k.length() - s.length());
            }
        }
        return k;
    }

    private String childPath(String key) {
        return node.path().isEmpty() ? key : node.path() + "." + key;
    }

    public static String asString(YamlNode n) {
        if (n instanceof YamlNode.Scalar && ((YamlNode.Scalar) n).kind() != YamlNode.Scalar.Kind.NULL) {
            return ((YamlNode.Scalar) n).text();
        }
        throw new ScenarioException(n.path(), n.line(), "must be a single value, found " + n.describe());
    }

    public static double asDouble(YamlNode n) {
        if (n instanceof YamlNode.Scalar s) {
            if (s.kind() == YamlNode.Scalar.Kind.INTEGER) {
                return integer(s).doubleValue();
            }
            if (s.kind() == YamlNode.Scalar.Kind.FLOAT) {
                return finite(s);
            }
            if (s.kind() == YamlNode.Scalar.Kind.STRING && s.text().matches("\\s*[-+]?[0-9.]+\\s*[a-zA-Z/%]+.*")) {
                throw new ScenarioException(n.path(), n.line(), "must be a plain number, found " + n.describe()
                        + ": the unit belongs in the key name (e.g. durationS: 60), not in the value");
            }
        }
        throw new ScenarioException(n.path(), n.line(), "must be a number, found " + n.describe());
    }

    public static long asLong(YamlNode n) {
        if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER) {
            BigInteger v = integer(s);
            if (v.bitLength() > 63) {
                throw new ScenarioException(n.path(), n.line(), "is too large for a 64-bit integer, found "
                        + n.describe());
            }
            return v.longValue();
        }
        throw new ScenarioException(n.path(), n.line(), "must be a whole number, found " + n.describe());
    }

    /**
     * A YAML integer as written: digits with optional sign and {@code _} separators, {@code 0x} hex or
     * {@code 0b} binary. A leading zero is refused: YAML 1.1 reads {@code 017} as octal 15, YAML 1.2 as
     * 17, and carma never guesses.
     */
    private static BigInteger integer(YamlNode.Scalar s) {
        String t = s.text().replace("_", "");
        boolean negative = t.startsWith("-");
        String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        int radix = 10;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.startsWith("0b") || digits.startsWith("0B")) {
            radix = 2;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            throw new ScenarioException(s.path(), s.line(), "has a leading zero, found " + s.describe()
                    + ": write it without (YAML 1.1 reads it as octal, YAML 1.2 as decimal)");
        }
        try {
            BigInteger v = new BigInteger(digits, radix);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            throw new ScenarioException(s.path(), s.line(), "must be a number, found " + s.describe());
        }
    }

    /** A YAML float as written ({@code _} separators allowed); infinities and NaN are refused. */
    private static double finite(YamlNode.Scalar s) {
        String t = s.text().replace("_", "");
        double v;
        try {
            v = t.matches("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)") ? Double.NaN : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new ScenarioException(s.path(), s.line(), "must be a number, found " + s.describe());
        }
        if (!Double.isFinite(v)) {
            throw new ScenarioException(s.path(), s.line(), "must be a finite number, found " + s.describe());
        }
        return v;
    }

    private static double checkRange(YamlNode n, double v, double min, double max) {
        if (v < min || v > max) {
            throw new ScenarioException(n.path(), n.line(), rangeMessage(min, max) + ", found " + fmt(v));
        }
        return v;
    }

    private static String rangeMessage(double min, double max) {
        if (max == Double.MAX_VALUE || max == Long.MAX_VALUE) {
            return min == 0 ? "must be zero or positive" : "must be at least " + fmt(min);
        }
        return "must be between " + fmt(min) + " and " + fmt(max);
    }

    /** A number as a reader would write it: 1000, 0.1, 2.5e-7 (shortest form that reads back). */
    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 ? new java.math.BigDecimal(Double.toString(v))
                .stripTrailingZeros().toPlainString() : Double.toString(v);
    }
}
