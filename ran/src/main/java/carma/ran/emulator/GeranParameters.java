package carma.ran.emulator;

/**
 * GERAN (GPRS) cell settings.
 *
 * @param packetTimeslots timeslots per cell available to packet data
 * @param multislot timeslots one mobile can use at once
 * @param msNoiseFigureDb mobile receiver noise figure (TR 43.869: 10 dB)
 * @param interfererActivity probability that a co-channel cell transmits on the timeslot (load)
 * @param maxTransmissions RLC transmissions of a radio block before its packets are lost
 * @param nominalCellCapacityBps the capacity admission control divides the admitted rates by
 */
public record GeranParameters(int packetTimeslots, int multislot, double msNoiseFigureDb, double interfererActivity,
        int maxTransmissions, double nominalCellCapacityBps) {
    public GeranParameters {
        if (packetTimeslots < 1 || multislot < 1 || maxTransmissions < 1) {
            throw new IllegalArgumentException("GERAN: timeslots, multislot and transmissions must be >= 1");
        }
        if (!(interfererActivity >= 0 && interfererActivity <= 1) || !(nominalCellCapacityBps > 0)) {
            throw new IllegalArgumentException("GERAN: activity in [0,1] and positive capacity");
        }
    }

    /** 7 packet timeslots, 4-slot mobiles, NF 10 dB, interferers active half the time, 4 transmissions, 100 kbit/s. */
    public static GeranParameters defaults() {
        return new GeranParameters(7, 4, 10, 0.5, 4, 100e3);
    }
}
