package carma.experiments.aroma;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistics of the user under test's windows in one region of its path ("near a Node-B" or "at
 * the cell border"). Each contiguous pass through the region is one batch; standard errors come
 * from the spread between passes (batch means), which accounts for the correlation of windows
 * within a pass (sessions of the other users last about a minute).
 */
final class RegionStatistics {
    private final List<double[]> passes = new ArrayList<>(); // per pass: requested, accepted, codes, windows, cqi, pilot, windows with a pilot
    private double[] current;

    void add(double requested, double accepted, double codes, double cqi, double pilotDb) {
        if (current == null) {
            current = new double[7];
            passes.add(current);
        }
        current[0] += requested;
        current[1] += accepted;
        current[2] += codes;
        current[3] += 1;
        current[4] += cqi;
        if (Double.isFinite(pilotDb)) { // no pilot while a handover interrupts the service
            current[5] += pilotDb;
            current[6] += 1;
        }
    }

    /** The path left the region: the next window starts a new pass. */
    void endPass() {
        current = null;
    }

    int passes() {
        return (int) passes.stream().filter(p -> p[3] > 0).count();
    }

    double windows() {
        return passes.stream().mapToDouble(p -> p[3]).sum();
    }

    /** Accepted / requested TTIs. */
    Estimate acceptance() {
        return ratio(1, 0);
    }

    /** HS-PDSCH codes per TTI (codes per 10 TTIs / 10), as the paper plots them. */
    Estimate codesPerTti() {
        return estimate(p -> p[2] / (10 * p[3]), sum(2) / (10 * sum(3)));
    }

    /** Codes per accepted TTI. */
    Estimate codesPerAcceptedTti() {
        return ratio(2, 1);
    }

    Estimate meanCqi() {
        return ratio(4, 3);
    }

    /** Mean pilot Ec/Io over the windows with a serving cell (none during a handover interruption). */
    Estimate meanPilotDb() {
        return ratio(5, 6);
    }

    /**
     * Acceptance of {@code a} minus acceptance of {@code b}, pass by pass: both runs used the same
     * seeds and the same trajectory, so their passes pair up (common random numbers) and the
     * standard error is that of the paired differences.
     */
    static Estimate pairedAcceptanceDifference(RegionStatistics a, RegionStatistics b) {
        List<double[]> pa = a.passes.stream().filter(p -> p[3] >= 50).toList();
        List<double[]> pb = b.passes.stream().filter(p -> p[3] >= 50).toList();
        if (pa.size() != pb.size()) {
            throw new IllegalStateException("runs to compare must have the same passes");
        }
        double[] d = new double[pa.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = pa.get(i)[1] / pa.get(i)[0] - pb.get(i)[1] / pb.get(i)[0];
        }
        double pooled = a.acceptance().value() - b.acceptance().value();
        if (d.length < 2) {
            return new Estimate(pooled, Double.NaN, d.length);
        }
        double mean = java.util.Arrays.stream(d).average().orElseThrow();
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        return new Estimate(pooled, Math.sqrt(ss / (d.length - 1) / d.length), d.length);
    }

    private Estimate ratio(int num, int den) {
        return estimate(p -> p[den] > 0 ? p[num] / p[den] : Double.NaN, sum(num) / sum(den));
    }

    private double sum(int k) {
        return passes.stream().mapToDouble(p -> p[k]).sum();
    }

    private Estimate estimate(java.util.function.ToDoubleFunction<double[]> perPass, double pooled) {
        double[] v = passes.stream().filter(p -> p[3] >= 50).mapToDouble(perPass).filter(Double::isFinite).toArray();
        if (v.length < 2) {
            return new Estimate(pooled, Double.NaN, v.length);
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return new Estimate(pooled, Math.sqrt(ss / (v.length - 1) / v.length), v.length);
    }

    /** A pooled value with the standard error of the between-pass spread. */
    record Estimate(double value, double standardError, int passes) {
        String format(String fmt) {
            return String.format(java.util.Locale.ROOT, fmt + " ± " + fmt + " (SE, %d passes)", value, standardError, passes);
        }
    }
}
