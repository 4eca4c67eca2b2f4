package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/**
 * The user under test over one 20 ms window (10 HSDPA TTIs), as in AROMA Figs. 18–19: position,
 * RAN and cell, the serving technology's quality indicators (each in its own column, empty where
 * the technology does not have it), TTIs (or radio-block periods, or 10 ms ticks) in which it
 * requested a transmission and how many were accepted or rejected, the resource it got, and bits
 * delivered.
 *
 * @param cpichEcIoDb UTRAN: CPICH Ec/Io at the UUT (the "pilot CIR" of Figs. 18–19), dB
 * @param cirDb GERAN: carrier to co-channel interference plus noise, dB
 * @param snrDb WLAN: signal to noise ratio, dB
 * @param hsdpaCqi UTRAN: the last CQI reported (0–30, TS 25.214 Table 7E)
 * @param gprsCodingScheme GERAN: the coding scheme link adaptation picks (1–4 for CS-1…CS-4)
 * @param wlanRateIndex WLAN: index of the 802.11a/g rate picked (0 = 6 Mbit/s … 7 = 54 Mbit/s; −1 none)
 * @param hsPdschCodes UTRAN: HS-PDSCH codes assigned, summed over the window's TTIs
 * @param gprsTimeslots GERAN: timeslots assigned, summed over the window's radio-block periods
 * @param wlanFrames WLAN: frames sent, summed over the window's ticks
 */
public record UutWindowRecord(long timeNs, double xM, double yM, int ran, int cell, Double cpichEcIoDb, Double cirDb,
        Double snrDb, Integer hsdpaCqi, Integer gprsCodingScheme, Integer wlanRateIndex, int requested, int accepted,
        int rejected, Integer hsPdschCodes, Integer gprsTimeslots, Integer wlanFrames, long deliveredBits)
        implements TraceRecord {}
