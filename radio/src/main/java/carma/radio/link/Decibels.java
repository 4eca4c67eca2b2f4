package carma.radio.link;

/** Conversions between decibel and linear power values. */
public final class Decibels {
    private Decibels() {}

    public static double toLinear(double db) {
        return Math.pow(10, db / 10);
    }

    public static double toDb(double linear) {
        return 10 * Math.log10(linear);
    }

    /** dBm to milliwatts. */
    public static double dbmToMw(double dbm) {
        return Math.pow(10, dbm / 10);
    }

    public static double mwToDbm(double mw) {
        return 10 * Math.log10(mw);
    }
}
