package carma.radio.wifi;

/** Probability that a frame is received in error, given the SINR over its duration. */
public interface FrameErrorModel {
    /**
     * @param mode PHY mode of the frame
     * @param sinrDb signal to interference-plus-noise ratio at the receiver, dB
     * @param psduBytes frame length
     * @return error probability in [0, 1]
     */
    double frameErrorProbability(PhyMode mode, double sinrDb, int psduBytes);
}
