package carma.radio.propagation;

/** Distance-dependent mean path loss of one carrier. */
public interface PathLossModel {
    /** Path loss in dB at a transmitter–receiver distance of {@code distanceM} metres. */
    double pathLossDb(double distanceM);
}
