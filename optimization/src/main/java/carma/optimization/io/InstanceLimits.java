package carma.optimization.io;

import carma.optimization.instance.InstanceValidator;
import java.util.Locale;

/**
 * What an instance file may ask for: sizes, lengths and the range of every number, checked by
 * {@link InstanceJsonReader} before anything is allocated for the instance or solved. Documented in
 * {@code docs/fair-mesh-instance.schema.json} and {@code optimization/README.md}; raising a limit
 * means changing it here (the exact MILP is practical far below them, see
 * {@code experiments/fair-mesh-scale}).
 */
public final class InstanceLimits {
    /** Largest instance file read, in bytes. */
    public static final long MAX_FILE_BYTES = 256L << 20;
    /** Deepest nesting of arrays and objects (an instance needs 5). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest number literal, in characters. */
    public static final int MAX_NUMBER_CHARS = 64;
    /** Longest string (ids, names), in characters. */
    public static final int MAX_STRING_CHARS = 256;
    public static final int MAX_USERS = 10_000;
    public static final int MAX_MAPS = 1_000;
    /** Explicit access links; in the geometric flavour the user-MAP pairs examined (users x MAPs). */
    public static final int MAX_ACCESS_LINKS = 1_000_000;
    public static final int MAX_MESH_LINKS = 100_000;
    /** Sum over all collision domains of the links each interferes with. */
    public static final long MAX_INTERFERENCE_ENTRIES = 10_000_000L;
    /** Steps of a custom rate table. */
    public static final int MAX_RATE_STEPS = 64;

    /** Every rate: access links, mesh links, gateway uplinks, rate-table steps. */
    public static final Range RATE_BPS = Range.closed(InstanceValidator.MIN_RATE_BPS, InstanceValidator.MAX_RATE_BPS, "bit/s");
    public static final Range EPSILON = new Range(0.0, true, 1.0, false, "");
    public static final Range POSITION_M = Range.closed(-1e6, 1e6, "m");
    public static final Range TX_POWER_DBM = Range.closed(-50.0, 60.0, "dBm");
    public static final Range ANTENNA_GAIN_DB = Range.closed(-30.0, 60.0, "dB");
    public static final Range PATH_LOSS_EXPONENT = Range.closed(1.0, 10.0, "");
    public static final Range REFERENCE_DISTANCE_M = Range.closed(0.01, 1e4, "m");
    public static final Range CARRIER_HZ = Range.closed(1e6, 1e12, "Hz");
    public static final Range SENSITIVITY_DBM = Range.closed(-200.0, 0.0, "dBm");

    private InstanceLimits() {}

    /** A closed or half-open interval of finite numbers, with the unit of the field. */
    public record Range(double min, boolean minIncluded, double max, boolean maxIncluded, String unit) {
        static Range closed(double min, double max, String unit) {
            return new Range(min, true, max, true, unit);
        }

        public boolean contains(double value) {
            return Double.isFinite(value) && (minIncluded ? value >= min : value > min)
                    && (maxIncluded ? value <= max : value < max);
        }

        @Override
        public String toString() {
            return (minIncluded ? "[" : "(") + format(min) + ", " + format(max) + (maxIncluded ? "]" : ")")
                    + (unit.isEmpty() ? "" : " " + unit);
        }

        private static String format(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e6 ? String.format(Locale.ROOT, "%.0f", v)
                    : String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(e|$)", "$1").replace("e+", "e");
        }
    }
}
