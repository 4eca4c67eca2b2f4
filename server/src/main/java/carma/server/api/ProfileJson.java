package carma.server.api;

import carma.mesh.danum.ClassUtility;
import carma.mesh.danum.LogUtility;
import carma.mesh.danum.SigmoidUtility;
import carma.mesh.danum.UtilityFunction;
import carma.mesh.danum.UtilityProfile;
import carma.mesh.net.TrafficType;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A profile as JSON: one object per traffic type ({@code www, email, voip, video, ftp, ping}) with
 * {@code utility} ({@code log}: {@code x0Kbps}; {@code sigmoid}: {@code requiredKbps} and optionally
 * {@code steepnessPerKbps}), {@code weight}, {@code delayTargetMs} and {@code maxDelayMs}. A PUT may
 * name only some types; the others keep their values. Every problem is a 422 naming the field.
 */
final class ProfileJson {
    private static final double MAX_RATE_KBPS = 1e7;
    private static final double MAX_WEIGHT = 1e6;
    private static final double MAX_DELAY_MS = 3_600_000;

    private ProfileJson() {}

    static Map<String, Object> toJson(UtilityProfile p) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (TrafficType t : TrafficType.values()) {
            ClassUtility u = p.of(t);
            Map<String, Object> c = new LinkedHashMap<>();
            UtilityFunction f = u.utility();
            if (f instanceof LogUtility l) {
                c.put("utility", "log");
                c.put("x0Kbps", l.x0Kbps());
            } else if (f instanceof SigmoidUtility s) {
                c.put("utility", "sigmoid");
                c.put("requiredKbps", s.requiredKbps());
                c.put("steepnessPerKbps", s.steepnessPerKbps());
            }
            c.put("weight", u.weight());
            c.put("delayTargetMs", u.delayTargetNs() / 1e6);
            c.put("maxDelayMs", u.maxDelayNs() / 1e6);
            out.put(word(t), c);
        }
        return out;
    }

    static UtilityProfile apply(UtilityProfile current, JsonBody body) {
        UtilityProfile p = current;
        Set<String> words = new java.util.LinkedHashSet<>(Arrays.stream(TrafficType.values()).map(ProfileJson::word)
                .toList());
        body.only(words);
        for (Iterator<String> it = body.node().fieldNames(); it.hasNext();) {
            String w = it.next();
            TrafficType t = TrafficType.valueOf(w.toUpperCase(Locale.ROOT));
            p = p.with(t, classUtility(body.object(w), w));
        }
        return p;
    }

    private static ClassUtility classUtility(JsonBody c, String w) {
        String utility = c.text("utility");
        double weight = c.number("weight", Double.MIN_VALUE, MAX_WEIGHT);
        double delayTargetMs = c.number("delayTargetMs", 0, 0, MAX_DELAY_MS);
        double maxDelayMs = c.number("maxDelayMs", 0, 0, MAX_DELAY_MS);
        UtilityFunction f;
        switch (utility) {
            case "log" -> {
                c.only(Set.of("utility", "weight", "x0Kbps", "delayTargetMs", "maxDelayMs"));
                f = new LogUtility(weight, c.number("x0Kbps", Double.MIN_VALUE, MAX_RATE_KBPS));
            }
            case "sigmoid" -> {
                c.only(Set.of("utility", "weight", "requiredKbps", "steepnessPerKbps", "delayTargetMs", "maxDelayMs"));
                double required = c.number("requiredKbps", Double.MIN_VALUE, MAX_RATE_KBPS);
                SigmoidUtility d = SigmoidUtility.of(weight, required);
                f = new SigmoidUtility(weight, required, c.number("steepnessPerKbps", d.steepnessPerKbps(),
                        Double.MIN_VALUE, 1e6));
            }
            default -> throw ApiException.unprocessable(w + ".utility: must be log or sigmoid, got '" + utility + "'");
        }
        if (maxDelayMs > 0 && maxDelayMs < delayTargetMs) {
            throw ApiException.unprocessable(w + ".maxDelayMs: must be 0 (none) or at least delayTargetMs");
        }
        return new ClassUtility(f, weight, Math.round(delayTargetMs * 1e6), Math.round(maxDelayMs * 1e6));
    }

    static String word(TrafficType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }
}
