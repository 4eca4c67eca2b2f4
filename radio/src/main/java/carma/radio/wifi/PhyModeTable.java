package carma.radio.wifi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sensitivity/rate table of the legacy 802.11 PHYs, read from the resource file
 * {@code carma/radio/wifi/phy-modes.csv} (header states axes, units and sources): carma's one
 * 802.11a/b/g rate table, used by the mesh's links, the RAN emulator's WLAN hotspots
 * ({@link carma.radio.link.WlanRates}) and the fair-mesh optimiser's default rate table. Rate selection
 * by received power picks the fastest mode whose sensitivity is met; by SNR, the fastest mode whose
 * SNR threshold (sensitivity minus the reference receiver's noise floor, see
 * {@link ReceiverNoise}) is met.
 */
public final class PhyModeTable {
    public static final String RESOURCE = "/carma/radio/wifi/phy-modes.csv";
    private static final List<String> HEADER =
            List.of("family", "rateMbps", "sensitivityDbm", "dataBitsPerSymbol", "mandatory", "macRateMbps");

    private final List<PhyMode> modes;
    private final java.util.Map<PhyFamily, List<PhyMode>> byFamily = new java.util.EnumMap<>(PhyFamily.class);

    public PhyModeTable(List<PhyMode> modes) {
        this.modes = modes.stream().sorted(Comparator.comparing(PhyMode::family).thenComparingLong(PhyMode::rateBps))
                .toList();
        for (PhyFamily f : PhyFamily.values()) {
            byFamily.put(f, this.modes.stream().filter(m -> m.family() == f).toList());
        }
    }

    /** The table shipped with carma. */
    public static PhyModeTable standard() {
        try (InputStream in = PhyModeTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PhyModeTable parse(BufferedReader reader) throws IOException {
        List<PhyMode> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cells = t.split(",", -1);
            if (!headerSeen) {
                if (!List.of(cells).equals(HEADER)) {
                    throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            if (cells.length != HEADER.size()) {
                throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected " + HEADER.size() + " cells");
            }
            rows.add(new PhyMode(PhyFamily.valueOf(cells[0]), Math.round(Double.parseDouble(cells[1]) * 1e6),
                    Double.parseDouble(cells[2]), Integer.parseInt(cells[3]), Boolean.parseBoolean(cells[4]),
                    cells[5].isEmpty() ? 0 : Math.round(Double.parseDouble(cells[5]) * 1e6)));
        }
        return new PhyModeTable(rows);
    }

    /** All modes of a family, slowest first. */
    public List<PhyMode> modes(PhyFamily family) {
        return byFamily.get(family);
    }

    public PhyMode mode(PhyFamily family, long rateBps) {
        return modes(family).stream().filter(m -> m.rateBps() == rateBps).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + family + " mode at " + rateBps + " bit/s"));
    }

    /** The slowest (most robust) mode, used for broadcast and as the lowest basic rate. */
    public PhyMode lowest(PhyFamily family) {
        return modes(family).get(0);
    }

    /** The fastest mode whose sensitivity is at or below {@code rxPowerDbm}; empty if none is. */
    public Optional<PhyMode> fastestForRxPower(PhyFamily family, double rxPowerDbm) {
        PhyMode best = null;
        for (PhyMode m : modes(family)) {
            if (rxPowerDbm >= m.sensitivityDbm()) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The fastest mode whose SNR threshold is met by {@code snrDb} (reference receiver noise). */
    public Optional<PhyMode> fastestForSnr(WifiStandard standard, double snrDb) {
        PhyMode best = null;
        for (PhyMode m : modes(standard.family())) {
            if (snrDb >= ReceiverNoise.snrThresholdDb(standard, m)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The control-response (ACK) rate: the fastest mandatory rate not above the data rate. */
    public PhyMode controlResponseMode(PhyMode dataMode) {
        PhyMode best = lowest(dataMode.family());
        for (PhyMode m : modes(dataMode.family())) {
            if (m.mandatory() && m.rateBps() <= dataMode.rateBps()) {
                best = m;
            }
        }
        return best;
    }
}
