package carma.ran.emulator;

import carma.radio.link.HsdpaCqiTable;
import carma.radio.link.SinrToCqi;

/**
 * The HS-PDSCH codes and HS-DSCH power of one cell in one 2 ms TTI, shared among the users served
 * in it (reference notes, ran-extensions §3 "Power and code allocation in one TTI", reconstructed,
 * Brouwer-consistent). A user's report refers to the whole HS power (the measurement power offset
 * puts the reference at P_HS); a user given the share {@code p} of it has
 * {@code SINR = SINR_report + 10·log10(p)}. In scheduler order each user gets the smallest format
 * that empties its buffer, not above its CQI at the power still left nor above the codes left, and
 * the least power that carries that format at 10 % BLER ({@code SINR_10%(k) = 1.02·(k − 16.62)} dB);
 * the allocation stops at the codes, the HS-SCCHs ({@code maxUsersPerTti}) or the power; the last
 * user served takes the power left over. Powers are shares of P_HS; they sum to at most 1 and the
 * codes to at most the cell's HS-PDSCH codes ({@link #conserved()}). Allocation-free.
 */
final class HsdpaTtiAllocation {
    /** Power shares below this are not worth a transmission (and guard rounding). */
    private static final double MIN_SHARE = 1e-6;
    private final HsdpaCqiTable cqiTable;
    private final SinrToCqi sinrToCqi;
    private final int cellCodes;
    private final int[] user;
    private final int[] format;
    private final int[] process;
    private final double[] powerShare;
    private int served;
    private int codesLeft;
    private double powerLeft;

    HsdpaTtiAllocation(HsdpaCqiTable cqiTable, SinrToCqi sinrToCqi, int cellCodes, int maxUsersPerTti) {
        this.cqiTable = cqiTable;
        this.sinrToCqi = sinrToCqi;
        this.cellCodes = cellCodes;
        this.user = new int[maxUsersPerTti];
        this.format = new int[maxUsersPerTti];
        this.process = new int[maxUsersPerTti];
        this.powerShare = new double[maxUsersPerTti];
        clear();
    }

    void clear() {
        served = 0;
        codesLeft = cellCodes;
        powerLeft = 1;
    }

    /** Whether another user could still be served (codes, HS-SCCHs and power left). */
    boolean hasRoom() {
        return codesLeft > 0 && served < user.length && powerLeft > MIN_SHARE;
    }

    /**
     * Offers the next user in scheduler order, with its reported SINR at the full HS power and its
     * buffered bits; returns whether it got codes and power in this TTI.
     */
    boolean offer(int u, double reportedSinrDb, long bufferedBits) {
        int cqiAtPowerLeft = sinrToCqi.cqi(reportedSinrDb + 10 * Math.log10(powerLeft));
        int fmt = cqiTable.cqiForCodes(Math.min(sinrToCqi.cqi(reportedSinrDb), cqiAtPowerLeft), codesLeft);
        if (fmt <= 0 || bufferedBits <= 0) {
            return false;
        }
        while (fmt > 1 && cqiTable.tbsBits(fmt - 1) >= bufferedBits) {
            fmt--;
        }
        take(u, fmt, -1, reportedSinrDb);
        return true;
    }

    /**
     * Offers a retransmission: the block keeps its format, so it needs that format's codes; it gets
     * the power of a first transmission of the format (at most the power left).
     */
    boolean offerRetransmission(int u, double reportedSinrDb, int fmt, int harqProcess) {
        if (cqiTable.codes(fmt) > codesLeft) {
            return false;
        }
        take(u, fmt, harqProcess, reportedSinrDb);
        return true;
    }

    private void take(int u, int fmt, int harqProcess, double reportedSinrDb) {
        double need = Math.pow(10, (sinrToCqi.sinrAt10PercentBlerDb(fmt) - reportedSinrDb) / 10);
        double share = Math.min(powerLeft, need);
        user[served] = u;
        format[served] = fmt;
        process[served] = harqProcess;
        powerShare[served] = share;
        served++;
        codesLeft -= cqiTable.codes(fmt);
        powerLeft -= share;
    }

    /** Closes the TTI: the last user served takes the power left over. */
    void finish() {
        if (served > 0) {
            powerShare[served - 1] += powerLeft;
            powerLeft = 0;
        }
    }

    int served() {
        return served;
    }

    int user(int i) {
        return user[i];
    }

    /** The CQI whose transport format user {@code i} is sent with. */
    int format(int i) {
        return format[i];
    }

    /** The HARQ process whose block user {@code i} retransmits, or −1 for a new block. */
    int harqProcess(int i) {
        return process[i];
    }

    int codes(int i) {
        return cqiTable.codes(format[i]);
    }

    /** The share of the cell's HS power given to user {@code i}. */
    double powerShare(int i) {
        return powerShare[i];
    }

    int codesUsed() {
        return cellCodes - codesLeft;
    }

    /** The invariant: no more codes, HS-SCCHs or power than the cell has, and no user with nothing. */
    boolean conserved() {
        double power = 0;
        int codes = 0;
        for (int i = 0; i < served; i++) {
            if (!(powerShare[i] > 0) || cqiTable.codes(format[i]) <= 0) {
                return false;
            }
            power += powerShare[i];
            codes += cqiTable.codes(format[i]);
        }
        return served <= user.length && codes <= cellCodes && codes == cellCodes - codesLeft && power <= 1 + 1e-9;
    }
}
