package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/**
 * The user under test over one 20 ms window (10 HSDPA TTIs), as in AROMA Figs. 18–19: position,
 * RAN and cell, pilot quality (CPICH Ec/Io, GERAN C/I, WLAN SNR), last CQI report, TTIs in which
 * it requested a transmission and how many were accepted or rejected, HS-PDSCH codes (or
 * timeslots) assigned, and bits delivered.
 */
public record UutWindowRecord(long timeNs, double xM, double yM, int ran, int cell, double pilotCirDb, int cqi,
        int requested, int accepted, int rejected, int codes, long deliveredBits) implements TraceRecord {}
