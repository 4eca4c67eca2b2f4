package carma.server.profile;

import carma.mesh.danum.ClassUtility;
import carma.mesh.danum.LogUtility;
import carma.mesh.danum.SigmoidUtility;
import carma.mesh.danum.UtilityFunction;
import carma.mesh.danum.UtilityProfile;
import carma.mesh.net.TrafficType;
import carma.server.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;

/**
 * Users' profiles (CARMNET WEBGUI): a utility function and its arguments per traffic type, stored as
 * the mesh's own {@link UtilityProfile}. A user without a stored profile has the DANUM defaults.
 */
public final class ProfileStore {
    private final Database db;

    public ProfileStore(Database db) {
        this.db = db;
    }

    public UtilityProfile get(String account) {
        Map<TrafficType, ClassUtility> classes = new EnumMap<>(UtilityProfile.defaults(account).classes());
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT traffic_type, utility, weight, rate_kbps,"
                    + " steepness_per_kbps, delay_target_ms, max_delay_ms FROM profiles WHERE account = ?")) {
                ps.setString(1, account);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        TrafficType type = TrafficType.valueOf(rs.getString(1));
                        double weight = rs.getDouble(3);
                        UtilityFunction f = switch (rs.getString(2)) {
                            case "log" -> new LogUtility(weight, rs.getDouble(4));
                            case "sigmoid" -> new SigmoidUtility(weight, rs.getDouble(4), rs.getDouble(5));
                            default -> throw new IllegalStateException("unknown utility " + rs.getString(2));
                        };
                        classes.put(type, new ClassUtility(f, weight, Math.round(rs.getDouble(6) * 1e6),
                                Math.round(rs.getDouble(7) * 1e6)));
                    }
                }
            }
            return null;
        });
        return new UtilityProfile(account, classes);
    }

    /** Replaces every class of the account's profile. */
    public void put(UtilityProfile profile) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM profiles WHERE account = ?")) {
                del.setString(1, profile.user());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO profiles (account, traffic_type, utility,"
                    + " weight, rate_kbps, steepness_per_kbps, delay_target_ms, max_delay_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<TrafficType, ClassUtility> e : profile.classes().entrySet()) {
                    ClassUtility u = e.getValue();
                    ps.setString(1, profile.user());
                    ps.setString(2, e.getKey().name());
                    if (u.utility() instanceof LogUtility l) {
                        ps.setString(3, "log");
                        ps.setDouble(5, l.x0Kbps());
                        ps.setNull(6, java.sql.Types.DOUBLE);
                    } else if (u.utility() instanceof SigmoidUtility s) {
                        ps.setString(3, "sigmoid");
                        ps.setDouble(5, s.requiredKbps());
                        ps.setDouble(6, s.steepnessPerKbps());
                    }
                    ps.setDouble(4, u.weight());
                    ps.setDouble(7, u.delayTargetNs() / 1e6);
                    ps.setDouble(8, u.maxDelayNs() / 1e6);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
