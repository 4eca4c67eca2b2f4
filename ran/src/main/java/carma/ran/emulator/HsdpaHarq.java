package carma.ran.emulator;

import java.util.Arrays;

/**
 * HSDPA HARQ per user (TS 25.321 §11.6; reference notes ran-extensions §3): N stop-and-wait
 * processes (6 keep a UE busy every TTI); a transport block keeps its process, size and format until
 * it is received or has been sent {@code maxTransmissions} times; each transmission's linear SINR
 * adds to the block's (chase combining), and its error is drawn at the combined SINR; a process
 * may send again {@code rttTtis} TTIs after its last transmission (ACK/NACK ≈ 12 ms later).
 * Blocks take the buffer's bits in sequence and are handed on in sequence (MAC-hs reordering, a
 * window of 32 sequence numbers): a block received while an earlier one is still retransmitted
 * waits for it; a block lost after its last transmission discards the packets it touches. State
 * is in arrays indexed by (user, process) and (user, sequence mod window); nothing allocates.
 */
final class HsdpaHarq {
    static final int PROCESSES = 6;
    static final int RTT_TTIS = 6;
    static final int WINDOW = 32;
    private static final byte IN_FLIGHT = 0;
    private static final byte RECEIVED = 1;
    private static final byte LOST = 2;
    private final int processes;
    private final int rttTtis;
    private final int maxTransmissions;
    private final boolean chaseCombining;
    private final HarqOutcomes outcomes;
    // per (user, process)
    private final long[] procSeq;
    private final int[] procFormat;
    private final int[] procTransmissions;
    private final double[] procSinrSumLinear;
    private final long[] procReadyTti;
    private final boolean[] procAwaitsRetransmission;
    // per (user, sequence number mod WINDOW)
    private final int[] blockBits;
    private final byte[] blockState;
    // per user, packed in one stride so the per-TTI request check touches one cache line
    private static final int STRIDE = 8;
    private static final int IN_FLIGHT_BITS = 0;
    private static final int NEXT_SEQ = 1;
    private static final int DELIVER_SEQ = 2;
    private static final int AWAITING = 3;
    private static final int LAST_TX_TTI = 4;
    private final long[] perUser;

    HsdpaHarq(int users, int processes, int rttTtis, int maxTransmissions, boolean chaseCombining, HarqOutcomes outcomes) {
        if (processes < 1 || processes > WINDOW || rttTtis < 1 || maxTransmissions < 1) {
            throw new IllegalArgumentException("HARQ: 1.." + WINDOW + " processes, RTT and transmissions >= 1");
        }
        this.processes = processes;
        this.rttTtis = rttTtis;
        this.maxTransmissions = maxTransmissions;
        this.chaseCombining = chaseCombining;
        this.outcomes = outcomes;
        procSeq = new long[users * processes];
        Arrays.fill(procSeq, -1);
        procFormat = new int[users * processes];
        procTransmissions = new int[users * processes];
        procSinrSumLinear = new double[users * processes];
        procReadyTti = new long[users * processes];
        procAwaitsRetransmission = new boolean[users * processes];
        blockBits = new int[users * WINDOW];
        blockState = new byte[users * WINDOW];
        perUser = new long[users * STRIDE];
        for (int u = 0; u < users; u++) {
            perUser[u * STRIDE + LAST_TX_TTI] = Long.MIN_VALUE / 2;
        }
    }

    /** The process of u holding a failed block that may be retransmitted in TTI {@code tti} (the oldest), or −1. */
    int readyRetransmission(int u, long tti) {
        if (perUser[u * STRIDE + AWAITING] == 0) {
            return -1;
        }
        int best = -1;
        for (int k = 0, i = u * processes; k < processes; k++, i++) {
            if (procAwaitsRetransmission[i] && procReadyTti[i] <= tti && (best < 0 || procSeq[i] < procSeq[u * processes + best])) {
                best = k;
            }
        }
        return best;
    }

    /** Bits of u's buffer not yet carried by a block in flight (what a new block may take). */
    long newBits(int u, long bufferedBits) {
        return bufferedBits - perUser[u * STRIDE + IN_FLIGHT_BITS];
    }

    /** Whether u may start a new block in TTI {@code tti}: new bits, a free process, room in the window. */
    boolean canStartNew(int u, long tti, long bufferedBits) {
        int b = u * STRIDE;
        if (bufferedBits - perUser[b + IN_FLIGHT_BITS] <= 0 || perUser[b + NEXT_SEQ] - perUser[b + DELIVER_SEQ] >= WINDOW) {
            return false;
        }
        // no block awaiting a retransmission and no transmission within a round trip: every process is free
        return perUser[b + AWAITING] == 0 && tti >= perUser[b + LAST_TX_TTI] + rttTtis || freeProcess(u, tti) >= 0;
    }

    /** Whether u has anything to send in TTI {@code tti} (a retransmission due or a new block). */
    boolean hasDataToSend(int u, long tti, long bufferedBits) {
        return readyRetransmission(u, tti) >= 0 || canStartNew(u, tti, bufferedBits);
    }

    private int freeProcess(int u, long tti) {
        for (int k = 0, i = u * processes; k < processes; k++, i++) {
            if (procSeq[i] < 0 || (!procAwaitsRetransmission[i] && procReadyTti[i] <= tti)) {
                return k;
            }
        }
        return -1;
    }

    /** Starts a new block of {@code bits} (the next bits of the buffer) in format {@code format}; returns its process. */
    int startNew(int u, long tti, int format, int bits) {
        int k = freeProcess(u, tti);
        int i = u * processes + k;
        long seq = perUser[u * STRIDE + NEXT_SEQ]++;
        procSeq[i] = seq;
        procFormat[i] = format;
        procTransmissions[i] = 0;
        procSinrSumLinear[i] = 0;
        procAwaitsRetransmission[i] = false;
        int b = slot(u, seq);
        blockBits[b] = bits;
        blockState[b] = IN_FLIGHT;
        perUser[u * STRIDE + IN_FLIGHT_BITS] += bits;
        return k;
    }

    int format(int u, int process) {
        return procFormat[u * processes + process];
    }

    int bits(int u, int process) {
        return blockBits[slot(u, procSeq[u * processes + process])];
    }

    int transmissions(int u, int process) {
        return procTransmissions[u * processes + process];
    }

    /**
     * One transmission of the process's block at {@code sinrLinear}: returns the SINR (dB) its
     * error is decided at, the sum over its transmissions with chase combining, this one's without.
     */
    double transmit(int u, int process, long tti, double sinrLinear) {
        int i = u * processes + process;
        procTransmissions[i]++;
        procReadyTti[i] = tti + rttTtis;
        perUser[u * STRIDE + LAST_TX_TTI] = tti;
        if (procAwaitsRetransmission[i]) {
            procAwaitsRetransmission[i] = false;
            perUser[u * STRIDE + AWAITING]--;
        }
        procSinrSumLinear[i] = chaseCombining ? procSinrSumLinear[i] + sinrLinear : sinrLinear;
        return 10 * Math.log10(procSinrSumLinear[i]);
    }

    /** The outcome of the transmission just made; resolved blocks are handed on in sequence. */
    void outcome(int u, int process, boolean received, int cell, long atNs) {
        int i = u * processes + process;
        int b = slot(u, procSeq[i]);
        if (received) {
            blockState[b] = RECEIVED;
        } else if (procTransmissions[i] >= maxTransmissions) {
            blockState[b] = LOST;
        } else {
            procAwaitsRetransmission[i] = true;
            perUser[u * STRIDE + AWAITING]++;
            return;
        }
        handOnInSequence(u, cell, atNs);
    }

    private void handOnInSequence(int u, int cell, long atNs) {
        int p = u * STRIDE;
        while (perUser[p + DELIVER_SEQ] < perUser[p + NEXT_SEQ]) {
            int b = slot(u, perUser[p + DELIVER_SEQ]);
            if (blockState[b] == IN_FLIGHT) {
                return;
            }
            int bits = blockBits[b];
            perUser[p + IN_FLIGHT_BITS] -= bits;
            perUser[p + DELIVER_SEQ]++;
            if (blockState[b] == RECEIVED) {
                outcomes.delivered(u, cell, bits, atNs);
            } else {
                trimFollowing(u, outcomes.lost(u, bits, atNs));
            }
        }
    }

    /** The discarded packets' bits beyond a lost block were carried by the next blocks: they carry less. */
    private void trimFollowing(int u, int overshootBits) {
        int p = u * STRIDE;
        for (long s = perUser[p + DELIVER_SEQ]; s < perUser[p + NEXT_SEQ] && overshootBits > 0; s++) {
            int b = slot(u, s);
            int take = Math.min(overshootBits, blockBits[b]);
            blockBits[b] -= take;
            perUser[p + IN_FLIGHT_BITS] -= take;
            overshootBits -= take;
        }
    }

    /** Forgets u's blocks in flight (cell change, buffer flushed); their bits stay in the buffer (RLC resends them). */
    void reset(int u) {
        for (int k = 0, i = u * processes; k < processes; k++, i++) {
            procSeq[i] = -1;
            procAwaitsRetransmission[i] = false;
        }
        int p = u * STRIDE;
        perUser[p + DELIVER_SEQ] = perUser[p + NEXT_SEQ];
        perUser[p + IN_FLIGHT_BITS] = 0;
        perUser[p + AWAITING] = 0;
    }

    /** Bits of u's buffer carried by blocks not yet handed on. */
    long inFlightBits(int u) {
        return perUser[u * STRIDE + IN_FLIGHT_BITS];
    }

    private static int slot(int u, long seq) {
        return u * WINDOW + (int) (seq % WINDOW);
    }
}
