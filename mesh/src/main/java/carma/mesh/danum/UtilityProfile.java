package carma.mesh.danum;

import carma.mesh.net.TrafficType;
import java.util.EnumMap;
import java.util.Map;

/**
 * A user's profile: a utility function and its arguments per traffic type, as CARMNET's WEBGUI
 * lets users bind them (seed section III-B). Defaults follow danum.md section 3.4 [reconstructed].
 */
public record UtilityProfile(String user, Map<TrafficType, ClassUtility> classes) {
    public UtilityProfile {
        classes = new EnumMap<>(classes);
        for (TrafficType t : TrafficType.values()) {
            if (!classes.containsKey(t)) {
                throw new IllegalArgumentException("profile of " + user + " has no utility for " + t);
            }
        }
    }

    public ClassUtility of(TrafficType type) {
        return classes.get(type);
    }

    /**
     * danum.md 3.4 defaults: WWW w = 2, x0 = 64 kbit/s, D = 1 s; e-mail and FTP (bulk) w = 0.5,
     * x0 = 32 kbit/s; VoIP w = 5, x_req = 80 kbit/s (G.711, 20 ms, IP level), D = 150 ms,
     * D_max = 400 ms; video w = 4, x_req = 500 kbit/s, D = 300 ms, D_max = 600 ms; ping w = 1,
     * x0 = 8 kbit/s.
     */
    public static UtilityProfile defaults(String user) {
        Map<TrafficType, ClassUtility> m = new EnumMap<>(TrafficType.class);
        m.put(TrafficType.WWW, new ClassUtility(new LogUtility(2, 64), 2, 1_000_000_000L, 0));
        m.put(TrafficType.EMAIL, new ClassUtility(new LogUtility(0.5, 32), 0.5, 0, 0));
        m.put(TrafficType.FTP, new ClassUtility(new LogUtility(0.5, 32), 0.5, 0, 0));
        m.put(TrafficType.VOIP, new ClassUtility(SigmoidUtility.of(5, 80), 5, 150_000_000L, 400_000_000L));
        m.put(TrafficType.VIDEO, new ClassUtility(SigmoidUtility.of(4, 500), 4, 300_000_000L, 600_000_000L));
        m.put(TrafficType.PING, new ClassUtility(new LogUtility(1, 8), 1, 0, 0));
        return new UtilityProfile(user, m);
    }

    /** A copy with one class rebound. */
    public UtilityProfile with(TrafficType type, ClassUtility utility) {
        Map<TrafficType, ClassUtility> m = new EnumMap<>(classes);
        m.put(type, utility);
        return new UtilityProfile(user, m);
    }
}
