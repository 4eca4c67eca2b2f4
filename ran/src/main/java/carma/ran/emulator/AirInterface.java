package carma.ran.emulator;

import carma.radio.deployment.Technology;

/** The per-TTI radio part of one technology: requests, scheduling, transmission, user reports. */
interface AirInterface {
    Technology technology();

    /** Runs one TTI of every cell of the technology at {@code nowNs}. */
    void tti(long nowNs);

    /**
     * Ends a 10 ms load interval: tells the radio environment the share of its full power each cell
     * of the technology transmitted in it (the interference its neighbours see in the next one).
     */
    void closeLoadInterval();

    /** Computes the user's report (quality, CQI, rate) for a newly attached user. */
    void report(int user, long nowNs);
}
