package carma.experiments.aroma;

import carma.experiments.aroma.HsdpaSchedulingExperiment.Regions;
import carma.experiments.aroma.RegionStatistics.Estimate;
import carma.runtime.experiment.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The properties of AROMA §8.1 as checks. Published values are read off Figs. 18–19 and the text
 * ("all requests accepted", "about 80 %", "close to 5 codes per TTI", "about 4"); their reading
 * precision (±0.1 for shares, ±0.5 codes) is added to two standard errors of the measured value
 * (between-pass batch means, see {@link RegionStatistics}). Comparisons between regions or
 * schedulers require the difference to exceed two standard errors of the difference.
 */
final class HsdpaSchedulingChecks {
    private static final double Z = 2.0;

    private HsdpaSchedulingChecks() {}

    static List<PropertyCheck> evaluate(Regions maxCi, Regions rr) {
        List<PropertyCheck> c = new ArrayList<>();
        c.add(greater("cqi-follows-position", "the UUT's CQI is higher near a Node-B than at the cell border (Max C/I runs)",
                "best near a Node-B, worst at the border", maxCi.near.meanCqi(), maxCi.border.meanCqi(), 0, "%.1f"));
        c.add(greater("pilot-follows-position", "the pilot Ec/Io is higher near a Node-B than at the border",
                "best near a Node-B, worst at the border", maxCi.near.meanPilotDb(), maxCi.border.meanPilotDb(), 0, "%.1f"));
        c.add(atLeast("maxci-accepts-near-nodeb", "Max C/I accepts (nearly) all UUT requests near a Node-B",
                "all accepted (1.0)", maxCi.near.acceptance(), 1.0, 0.1));
        c.add(greater("maxci-rejects-at-border", "Max C/I rejects many more UUT requests at the border than near a Node-B",
                "several rejected at 65 s and 195 s", maxCi.near.acceptance(), maxCi.border.acceptance(), 0.05, "%.3f"));
        c.add(near("rr-accepts-80-percent-near-nodeb", "round robin accepts about 80 % of the requests near a Node-B",
                0.8, rr.near.acceptance(), 0.1, "%.3f"));
        c.add(near("rr-accepts-80-percent-at-border", "round robin accepts about 80 % of the requests at the border",
                0.8, rr.border.acceptance(), 0.1, "%.3f"));
        c.add(pairedPositive("rr-fairer-at-border", "at the border round robin accepts more of the UUT's requests than Max C/I",
                "MaxC/I rejects more than RR in the handover phases",
                RegionStatistics.pairedAcceptanceDifference(rr.border, maxCi.border)));
        c.add(near("maxci-five-codes-near-nodeb", "Max C/I assigns close to 5 codes per TTI to the UUT near a Node-B",
                5.0, maxCi.near.codesPerTti(), 0.5, "%.2f"));
        c.add(near("rr-four-codes-near-nodeb", "round robin assigns about 4 codes per TTI (40 per 10 TTIs) near a Node-B",
                4.0, rr.near.codesPerTti(), 0.5, "%.2f"));
        c.add(greater("codes-limited-by-cqi-at-border",
                "codes per accepted TTI are fewer at the border (limited by the CQI), round robin runs",
                "low number of HS-PDSCHs around 65 s and 195 s", rr.near.codesPerAcceptedTti(),
                rr.border.codesPerAcceptedTti(), 0, "%.2f"));
        return c;
    }

    private static PropertyCheck pairedPositive(String id, String what, String published, Estimate d) {
        boolean holds = Double.isFinite(d.standardError()) && d.value() > Z * d.standardError();
        return new PropertyCheck(id, what, published, "difference " + d.format("%.3f") + ", paired by pass",
                String.format(Locale.ROOT, "difference > 2 SE = %.3f", Z * d.standardError()), holds);
    }

    private static PropertyCheck near(String id, String what, double published, Estimate m, double reading, String fmt) {
        double tol = reading + Z * m.standardError();
        boolean holds = Double.isFinite(m.standardError()) && Math.abs(m.value() - published) <= tol;
        return new PropertyCheck(id, what, String.format(Locale.ROOT, fmt, published), m.format(fmt),
                String.format(Locale.ROOT, "±%s (reading) + 2 SE = ±" + fmt, reading, tol), holds);
    }

    private static PropertyCheck atLeast(String id, String what, String published, Estimate m, double target,
            double reading) {
        double bound = target - reading - Z * m.standardError();
        boolean holds = Double.isFinite(m.standardError()) && m.value() >= bound;
        return new PropertyCheck(id, what, published, m.format("%.3f"),
                String.format(Locale.ROOT, ">= %.2f - %.2f (reading) - 2 SE = %.3f", target, reading, bound), holds);
    }

    private static PropertyCheck greater(String id, String what, String published, Estimate a, Estimate b, double margin,
            String fmt) {
        double se = Math.sqrt(a.standardError() * a.standardError() + b.standardError() * b.standardError());
        double diff = a.value() - b.value();
        boolean holds = Double.isFinite(se) && diff > Math.max(margin, Z * se);
        return new PropertyCheck(id, what, published,
                String.format(Locale.ROOT, fmt + " vs " + fmt + " (difference " + fmt + ")", a.value(), b.value(), diff),
                String.format(Locale.ROOT, "difference > max(%s, 2 SE = " + fmt + ")", margin, Z * se), holds);
    }
}
