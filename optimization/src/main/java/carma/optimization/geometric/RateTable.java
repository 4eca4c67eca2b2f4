package carma.optimization.geometric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rate versus received power: r = max{R_i : P_rx ≥ S_i}. Either PHY or effective MAC rates are
 * returned, as chosen by {@code useMacRates}.
 */
public record RateTable(List<RateStep> steps, boolean useMacRates) {
    private static final String IEEE_80211AG = "ieee80211ag-rates.csv";

    public RateTable {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("rate table is empty");
        }
        steps = steps.stream().sorted(Comparator.comparingDouble(RateStep::sensitivityDbm)).toList();
    }

    /** The 802.11a/g table of fair-mesh.md §4.1 (resource file {@code ieee80211ag-rates.csv}). */
    public static RateTable ieee80211ag(boolean useMacRates) {
        try (InputStream in = RateTable.class.getResourceAsStream(IEEE_80211AG)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + IEEE_80211AG);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<RateStep> steps = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("phyRateBps")) {
                    continue;
                }
                String[] cells = line.split(",");
                steps.add(new RateStep(Double.parseDouble(cells[0]), Double.parseDouble(cells[1]),
                        Double.parseDouble(cells[2])));
            }
            return new RateTable(steps, useMacRates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rate usable at this received power, or 0 when below the lowest sensitivity. */
    public double rateBps(double receivedPowerDbm) {
        double best = 0.0;
        for (RateStep step : steps) {
            if (receivedPowerDbm >= step.sensitivityDbm()) {
                best = Math.max(best, useMacRates ? step.macRateBps() : step.phyRateBps());
            }
        }
        return best;
    }
}
