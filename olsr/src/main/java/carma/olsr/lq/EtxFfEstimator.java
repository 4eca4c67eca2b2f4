package carma.olsr.lq;

/**
 * The link-quality estimator of olsrd's default {@code etx_ff} plugin
 * ({@code src/lq_plugin_default_ff.c}), one per link.
 *
 * <ul>
 *   <li>Every OLSR packet received from the neighbour counts: {@code received[active]++} and
 *       {@code total[active] += seq_diff}, where {@code seq_diff} is the distance from the previous
 *       packet sequence number modulo 65536, or 1 if it exceeds 256. A packet with the same sequence
 *       number as the previous one is ignored as a duplicate.</li>
 *   <li>Once per second ({@link #onWindowTimer}) the window size grows by one slot (quick start from
 *       {@link #QUICKSTART_INIT} up to {@link #WINDOW}), LQ = received / total over the window,
 *       reduced for missed HELLOs by {@code received * (WINDOW - missed * hello_interval_s) / WINDOW}
 *       when more than one HELLO was missed, and the active slot advances and is cleared.</li>
 *   <li>All {@code total[]} slots start at 3 and the previous sequence number at 0, as in olsrd.</li>
 *   <li>Publication hysteresis (olsrd {@code default_lq_ff_handle_lqchange}): the published
 *       ("smoothed") LQ/NLQ follows the raw value only if it moved by more than a tenth of the
 *       published value or the raw value reached 255.</li>
 * </ul>
 *
 * <p>The node-wide part of the publication rule (when one link changed relevantly, every other link
 * whose published value is not 255/255 is republished too) needs all links of a node: the agent does
 * it with {@link #slideWindow}, {@link #publish} and {@link #republishAfterTrigger}.
 */
public final class EtxFfEstimator {

    /** LQ_FF_WINDOW of olsrd 0.6.x {@code lq_plugin_default_ff.h}. */
    public static final int WINDOW = 32;
    /** LQ_FF_QUICKSTART_INIT. */
    public static final int QUICKSTART_INIT = 4;
    /** Initial value of every {@code total[]} slot. */
    public static final int INITIAL_TOTAL = 3;

    private final int[] received = new int[WINDOW];
    private final int[] total = new int[WINDOW];
    private int activeSlot;
    private int windowSize = QUICKSTART_INIT;
    private int lastSequence;
    private int missedHellos;
    private int rawLq;
    private int rawNlq;
    private int publishedLq;
    private int publishedNlq;

    public EtxFfEstimator() {
        java.util.Arrays.fill(total, INITIAL_TOTAL);
    }

    /** Counts one received OLSR packet with its packet sequence number (0..65535). */
    public void onPacket(int packetSequenceNumber) {
        if (packetSequenceNumber == lastSequence) {
            return;
        }
        int diff = packetSequenceNumber - lastSequence;
        if (diff < 0) {
            diff += 65536;
        }
        if (diff > 256) {
            diff = 1;
        }
        received[activeSlot]++;
        total[activeSlot] += diff;
        lastSequence = packetSequenceNumber;
        missedHellos = 0;
    }

    /** The neighbour's HELLO timer expired without a HELLO ({@code packet_loss_worker(lost=true)}). */
    public void onHelloMissed() {
        missedHellos++;
    }

    /**
     * The neighbour advertised our link with this LQ in its LQ_HELLO; that is our NLQ
     * ({@code memorize_foreign_hello}). Pass 0 when the neighbour's HELLO did not list us.
     */
    public void onNeighborLq(int advertisedLq8) {
        if (advertisedLq8 < 0 || advertisedLq8 > 255) {
            throw new IllegalArgumentException("LQ byte out of range: " + advertisedLq8);
        }
        rawNlq = advertisedLq8;
    }

    /**
     * The 1 s window timer for a link on its own: {@link #slideWindow} and, if that is a relevant
     * change, {@link #publish}. Returns whether it published.
     *
     * @param helloIntervalMs the neighbour's HELLO interval (from Htime) in milliseconds
     */
    public boolean onWindowTimer(long helloIntervalMs) {
        boolean relevant = slideWindow(helloIntervalMs);
        if (relevant) {
            publish();
        }
        return relevant;
    }

    /**
     * Computes the raw LQ over the window and advances the window (the per-link part of olsrd's
     * {@code default_lq_ff_timer}). Returns true if raw LQ or NLQ differs from the published values
     * by a relevant amount.
     */
    public boolean slideWindow(long helloIntervalMs) {
        if (windowSize < WINDOW) {
            windowSize++;
        }
        int rec = 0;
        int tot = 0;
        for (int i = 0; i < windowSize; i++) {
            rec += received[i];
            tot += total[i];
        }
        if (tot == 0) {
            rawLq = 0;
        } else {
            if (missedHellos > 1) {
                long interval = missedHellos * helloIntervalMs / 1000;
                rec = interval > WINDOW ? 0 : (int) (rec * (WINDOW - interval) / WINDOW);
            }
            rawLq = (int) Math.min(255, 255L * rec / tot);
        }
        activeSlot = (activeSlot + 1) % WINDOW;
        total[activeSlot] = 0;
        received[activeSlot] = 0;
        return relevantChange(publishedLq, rawLq) || relevantChange(publishedNlq, rawNlq);
    }

    /** Publishes the raw LQ/NLQ as the values used for cost and advertisements. */
    public void publish() {
        publishedLq = rawLq;
        publishedNlq = rawNlq;
    }

    /**
     * The second pass of olsrd's {@code default_lq_ff_handle_lqchange}, run on every link once some
     * link had a relevant change: publish the raw values unless the published ones are 255/255 or
     * equal to the raw ones. Returns true if it published.
     */
    public boolean republishAfterTrigger() {
        if ((publishedLq == 255 && publishedNlq == 255) || (publishedLq == rawLq && publishedNlq == rawNlq)) {
            return false;
        }
        publish();
        return true;
    }

    static boolean relevantChange(int published, int raw) {
        if (published < raw) {
            return raw == 255 || raw - published > published / 10;
        }
        return published > raw && published - raw > published / 10;
    }

    /** Published LQ (0..255): delivery ratio of the neighbour's packets at this node. */
    public int lq() {
        return publishedLq;
    }

    /** Published NLQ (0..255): the neighbour's LQ of this node's packets. */
    public int nlq() {
        return publishedNlq;
    }

    /** ETX of the published values; infinite for a broken link. */
    public double etx() {
        return EtxMetric.etx(publishedLq, publishedNlq);
    }

    /** Raw (unpublished) LQ of the last window computation, for inspection. */
    public int rawLq() {
        return rawLq;
    }

    public int windowSize() {
        return windowSize;
    }

    public int missedHellos() {
        return missedHellos;
    }
}
