package carma.radio.deployment;

/** The radio access technologies emulated by AROMA. */
public enum Technology {
    /** UMTS terrestrial RAN; packet data on HSDPA (HS-DSCH, 2 ms TTI). */
    UTRAN,
    /** GSM/EDGE RAN; packet data on GPRS timeslots with 20 ms radio blocks. */
    GERAN,
    /** IEEE 802.11 hotspots. */
    WLAN
}
