package carma.radio.wifi;

/** The modulation family of a legacy 802.11 PHY mode. */
public enum PhyFamily {
    /** Clause 17 (802.11a) and clause 18 ERP-OFDM (802.11g): 4-us symbols, 20-us preamble + SIGNAL. */
    OFDM,
    /** Clause 15/16 DSSS and HR-DSSS (802.11b): long PLCP preamble + header of 192 us at 1 Mbit/s. */
    DSSS
}
