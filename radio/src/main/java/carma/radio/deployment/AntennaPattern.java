package carma.radio.deployment;

/** A base-station antenna's gain towards a direction in the horizontal plane. */
public sealed interface AntennaPattern {
    /** Gain in dBi towards {@code azimuthRad} (mathematical convention: 0 = +x, counter-clockwise). */
    double gainDbi(double azimuthRad);

    /** The same gain in every direction. */
    record Omni(double gainDbi) implements AntennaPattern {
        @Override
        public double gainDbi(double azimuthRad) {
            return gainDbi;
        }
    }

    /**
     * A sector antenna with the 3GPP horizontal pattern (TR 25.996 §4.5):
     * {@code A(θ) = −min(12·(θ/θ3dB)², Am)} around the boresight, plus the maximum gain.
     */
    record Sector(double boresightRad, double beamwidth3dBRad, double frontToBackDb, double maxGainDbi)
            implements AntennaPattern {
        public Sector {
            if (!(beamwidth3dBRad > 0) || !(frontToBackDb >= 0)) {
                throw new IllegalArgumentException("sector antenna needs a positive beamwidth and front-to-back ratio");
            }
        }

        /** The usual 3-sector macro antenna: 70° beamwidth, 20 dB front-to-back, 14 dBi. */
        public static Sector threeSector(double boresightRad) {
            return new Sector(boresightRad, Math.toRadians(70), 20, 14);
        }

        @Override
        public double gainDbi(double azimuthRad) {
            double theta = Math.IEEEremainder(azimuthRad - boresightRad, 2 * Math.PI);
            double r = theta / beamwidth3dBRad;
            return maxGainDbi - Math.min(12 * r * r, frontToBackDb);
        }
    }
}
