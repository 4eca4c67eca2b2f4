package carma.mesh.measure;

import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import carma.mesh.net.Packet;
import java.util.Arrays;

/**
 * Receive-side measurement of one flow: one-way delay, RFC 3550 interarrival jitter, loss against
 * the source's sent count, goodput of in-order application bytes; publishes a {@link FlowSample}
 * every interval and the gateway switches of the flow ({@link HandoverMeasured}).
 */
public final class FlowMeter implements EventSink<FlowMeter.Sample> {
    /** Sampling tick. */
    public record Sample() {}

    private final Simulator sim;
    private final String name;
    private final long intervalNs;
    private final java.util.function.IntFunction<String> nodeNames;
    private long sent;
    private long received;
    private double[] delaysMs = new double[64];
    private long[] createdNs = new long[64];
    private long[] sentNs = new long[64];
    private double jitterNs;
    private long lastTransitNs = Long.MIN_VALUE;
    private long goodBytes;
    private long firstNs = -1;
    private long lastNs;
    private long intervalBytes;
    private long intervalPackets;
    private double intervalDelaySumMs;
    private long lastGateway = -1;
    private long lastOnGatewayNs;

    public FlowMeter(Simulator sim, String name, long intervalNs, java.util.function.IntFunction<String> nodeNames) {
        this.sim = sim;
        this.name = name;
        this.intervalNs = intervalNs;
        this.nodeNames = nodeNames;
        sim.scheduleIn(intervalNs, this, new Sample());
    }

    public String name() {
        return name;
    }

    public void countSent() {
        if (sent == sentNs.length) {
            sentNs = Arrays.copyOf(sentNs, sentNs.length * 2);
        }
        sentNs[(int) sent] = sim.nowNs();
        sent++;
    }

    /** A distinct packet arrived (transport retransmissions that arrive twice are counted once by the caller). */
    public void onReceived(Packet p, long nowNs) {
        received++;
        long transit = nowNs - p.createdNs();
        if (received > delaysMs.length) {
            delaysMs = Arrays.copyOf(delaysMs, delaysMs.length * 2);
            createdNs = Arrays.copyOf(createdNs, createdNs.length * 2);
        }
        delaysMs[(int) received - 1] = transit / 1e6;
        createdNs[(int) received - 1] = p.createdNs();
        if (lastTransitNs != Long.MIN_VALUE) {
            jitterNs += (Math.abs(transit - lastTransitNs) - jitterNs) / 16.0;
        }
        lastTransitNs = transit;
        intervalPackets++;
        intervalDelaySumMs += transit / 1e6;
        long gw = p.viaGateway() >= 0 ? Packet.address(p.viaGateway(), p.viaAp()) : Packet.address(p.exitGateway(), p.exitAp());
        if (gw >= 0) {
            if (lastGateway >= 0 && gw != lastGateway) {
                sim.traceBus().publish(new HandoverMeasured(nowNs, name, addressName(lastGateway), addressName(gw),
                        (nowNs - lastOnGatewayNs) / 1e6));
            }
            lastGateway = gw;
            lastOnGatewayNs = nowNs;
        }
    }

    /** New in-order application bytes (goodput). */
    public void onGoodBytes(long bytes, long nowNs) {
        if (firstNs < 0) {
            firstNs = nowNs;
        }
        lastNs = nowNs;
        goodBytes += bytes;
        intervalBytes += bytes;
    }

    @Override
    public void onEvent(long nowNs, Sample event) {
        sim.traceBus().publish(new FlowSample(nowNs, name, intervalBytes * 8.0 / (intervalNs * 1e-9),
                intervalPackets == 0 ? Double.NaN : intervalDelaySumMs / intervalPackets, jitterNs / 1e6, intervalPackets));
        intervalBytes = 0;
        intervalPackets = 0;
        intervalDelaySumMs = 0;
        sim.scheduleIn(intervalNs, this, event);
    }

    private String addressName(long address) {
        return nodeNames.apply((int) (address >>> 32)) + "@" + nodeNames.apply((int) address);
    }

    public long sent() {
        return sent;
    }

    public long received() {
        return received;
    }

    public long goodBytes() {
        return goodBytes;
    }

    /**
     * Statistics of the packets the source created in [fromNs, toNs): sent, received, loss and
     * delay percentiles among them (goodput: received bytes are not tracked per window, so the
     * received packet rate times the mean size is left to the caller; reported as 0).
     */
    public FlowSummary window(long fromNs, long toNs) {
        long s = 0;
        for (int i = 0; i < sent; i++) {
            if (sentNs[i] >= fromNs && sentNs[i] < toNs) {
                s++;
            }
        }
        double[] d = new double[(int) received];
        int k = 0;
        for (int i = 0; i < received; i++) {
            if (createdNs[i] >= fromNs && createdNs[i] < toNs) {
                d[k++] = delaysMs[i];
            }
        }
        d = Arrays.copyOf(d, k);
        Arrays.sort(d);
        double mean = Arrays.stream(d).average().orElse(Double.NaN);
        double p95 = k == 0 ? Double.NaN : d[(int) Math.min(k - 1, Math.ceil(0.95 * k) - 1)];
        double max = k == 0 ? Double.NaN : d[k - 1];
        double loss = s == 0 ? 0 : Math.max(0, 1 - k / (double) s);
        return new FlowSummary(name, s, k, loss, mean, p95, max, Double.NaN, 0);
    }

    public FlowSummary summary() {
        double[] d = Arrays.copyOf(delaysMs, (int) received);
        Arrays.sort(d);
        double mean = Arrays.stream(d).average().orElse(Double.NaN);
        double p95 = d.length == 0 ? Double.NaN : d[(int) Math.min(d.length - 1, Math.ceil(0.95 * d.length) - 1)];
        double max = d.length == 0 ? Double.NaN : d[d.length - 1];
        double span = (lastNs - firstNs) * 1e-9;
        double goodput = span > 0 ? goodBytes * 8.0 / span : 0;
        double loss = sent == 0 ? 0 : Math.max(0, 1 - received / (double) sent);
        return new FlowSummary(name, sent, received, loss, mean, p95, max, jitterNs / 1e6, goodput);
    }
}
