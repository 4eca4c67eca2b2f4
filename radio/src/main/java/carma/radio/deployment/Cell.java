package carma.radio.deployment;

import carma.radio.geometry.Position;
import java.util.Objects;

/**
 * One cell: a Node-B sector, a GERAN base station or a WLAN access point.
 *
 * @param site index of the site (colocated cells share their shadowing map)
 * @param antennaHeightM antenna height above the average rooftop (Δh_b of UMTS 30.03)
 * @param txPowerDbm total transmit power (UTRAN: all channels; GERAN: per carrier; WLAN: AP)
 * @param broadcastPowerDbm power of the broadcast channel used for reachability and handover
 *     (CPICH, BCCH, beacon)
 * @param channel frequency channel; GERAN cells on the same channel interfere (reuse pattern)
 */
public record Cell(CellId id, String name, RanId ran, Technology technology, int site, Position position,
        double antennaHeightM, double txPowerDbm, double broadcastPowerDbm, double carrierHz, double bandwidthHz,
        AntennaPattern antenna, int channel) {
    public Cell {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ran, "ran");
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(antenna, "antenna");
        if (!(antennaHeightM > 0) || !(carrierHz > 0) || !(bandwidthHz > 0)) {
            throw new IllegalArgumentException("cell " + name + ": antenna height, carrier and bandwidth must be positive");
        }
        if (broadcastPowerDbm > txPowerDbm) {
            throw new IllegalArgumentException("cell " + name + ": broadcast power exceeds total transmit power");
        }
    }
}
