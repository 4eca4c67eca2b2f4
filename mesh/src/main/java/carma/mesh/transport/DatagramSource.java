package carma.mesh.transport;

import carma.kernel.event.EventSink;
import carma.kernel.time.SimTime;
import carma.mesh.measure.FlowMeter;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.PacketKind;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;
import carma.traffic.source.PeriodicParameters;
import carma.traffic.source.SourceParameters;
import java.util.Arrays;

/**
 * UDP-like open-loop source: drives a {@code carma.traffic} {@link PacketSource} (CBR, voice on/off,
 * web browsing, ...) over one mesh flow. Every packet of the model becomes one datagram, sent at the
 * packet's arrival time with its size rounded up to whole bytes and counted as sent in the flow's
 * {@link FlowMeter}; the receiver is a {@link DatagramSink}. Packets arriving at or after {@code
 * stopNs} are not sent.
 *
 * <p>The model is pulled lazily in consecutive windows {@code [startNs, startNs + windowNs),
 * [startNs + windowNs, ...)} (the last one cut at {@code stopNs}) into a primitive buffer. One
 * kernel event fires per distinct arrival instant; the next window is pulled as soon as the buffer
 * is empty, in the event that sent its last datagram, so each datagram's event is scheduled by the
 * previous one. A window without packets costs one event at its end. Steady state allocates
 * nothing but the mesh {@code Packet}s (the buffer grows only when a window holds more packets than
 * ever before).
 */
public final class DatagramSource implements EventSink<DatagramSource.Wake> {
    /** Time to send the datagrams that are due, or to pull the next window. */
    public record Wake() {}

    /** Default look-ahead: one second of the model at a time. */
    public static final long DEFAULT_WINDOW_NS = SimTime.NANOS_PER_SECOND;

    private final MeshNetwork net;
    private final FlowSpec flow;
    private final PacketSource model;
    private final long windowNs;
    private final long stopNs;
    private final FlowMeter meter;
    private final Wake wake = new Wake();
    private final PacketSink buffer = this::buffer;
    private long[] arrivalNs = new long[16];
    private int[] sizeBytes = new int[16];
    private int head;
    private int count;
    private long windowEndNs;
    private long seq;

    /**
     * Registers {@code flow} and its receiver and starts pulling {@code model} at {@code startNs}.
     *
     * @param model a source whose session starts at {@code startNs}; the adapter owns it from now on
     * @param windowNs how far ahead the model is pulled (positive); the datagrams do not depend on it
     */
    public DatagramSource(MeshNetwork net, FlowSpec flow, PacketSource model, long startNs, long stopNs, long windowNs,
            FlowMeter meter) {
        if (windowNs <= 0) {
            throw new IllegalArgumentException("windowNs must be positive: " + windowNs);
        }
        this.net = net;
        this.flow = flow;
        this.model = model;
        this.windowNs = windowNs;
        this.stopNs = stopNs;
        this.meter = meter;
        this.windowEndNs = startNs;
        net.addFlow(flow);
        net.registerEndpoint(flow.id(), new DatagramSink(meter));
        net.simulator().schedule(startNs, this, wake);
    }

    /**
     * A datagram flow driven by the model {@code parameters} describe, with the default window. The
     * model's random stream is {@code "mesh.source." + flow name} (taken for every model, also the
     * deterministic ones, so that the name of a flow's stream does not depend on its model).
     */
    public static DatagramSource of(MeshNetwork net, FlowSpec flow, SourceParameters parameters, long startNs,
            long stopNs, FlowMeter meter) {
        PacketSource model = parameters.newSource(net.simulator().streams().stream(streamName(flow)), startNs);
        return new DatagramSource(net, flow, model, startNs, stopNs, DEFAULT_WINDOW_NS, meter);
    }

    /** Constant bit rate: {@code packetBytes} every {@code intervalNs} exactly, from {@code startNs}. */
    public static DatagramSource cbr(MeshNetwork net, FlowSpec flow, int packetBytes, long intervalNs, long startNs,
            long stopNs, FlowMeter meter) {
        return of(net, flow, new PeriodicParameters(Math.multiplyExact(packetBytes, Byte.SIZE), intervalNs), startNs,
                stopNs, meter);
    }

    /** The name of the random stream {@link #of} gives the model of {@code flow}. */
    public static String streamName(FlowSpec flow) {
        return "mesh.source." + flow.name();
    }

    public FlowSpec flow() {
        return flow;
    }

    @Override
    public void onEvent(long nowNs, Wake event) {
        pullIfEmpty();
        while (head < count && arrivalNs[head] <= nowNs) {
            meter.countSent();
            net.send(net.newPacket(flow, PacketKind.DATA, seq++, 0, sizeBytes[head++]));
            pullIfEmpty();
        }
        if (head < count) {
            net.simulator().schedule(arrivalNs[head], this, wake);
        } else if (morePackets()) {
            net.simulator().schedule(windowEndNs, this, wake);
        }
    }

    private boolean morePackets() {
        return windowEndNs < stopNs && !model.finished();
    }

    /** Pulls the next window into the buffer if the buffer is empty and the model may have more. */
    private void pullIfEmpty() {
        if (head < count || !morePackets()) {
            return;
        }
        head = 0;
        count = 0;
        long fromNs = windowEndNs;
        windowEndNs = fromNs + Math.min(windowNs, stopNs - fromNs);
        model.generate(fromNs, windowEndNs, buffer);
    }

    private void buffer(long packetArrivalNs, int packetSizeBits) {
        if (count == arrivalNs.length) {
            arrivalNs = Arrays.copyOf(arrivalNs, 2 * count);
            sizeBytes = Arrays.copyOf(sizeBytes, 2 * count);
        }
        arrivalNs[count] = packetArrivalNs;
        sizeBytes[count] = (int) ((packetSizeBits + (long) Byte.SIZE - 1) / Byte.SIZE);
        count++;
    }
}
