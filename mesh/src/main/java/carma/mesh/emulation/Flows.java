package carma.mesh.emulation;

import carma.mesh.measure.FlowMeter;
import carma.mesh.net.FlowId;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.NatBinding;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeId;
import carma.mesh.transport.DatagramSource;
import carma.mesh.transport.PingProbe;
import carma.mesh.transport.TcpLikeFlow;
import carma.traffic.source.PeriodicParameters;
import carma.traffic.source.SourceParameters;

/** Creates the flows of an emulation with fresh ids, sessions and meters. */
public final class Flows {
    private final MeshEmulation emu;

    public Flows(MeshEmulation emu) {
        this.emu = emu;
    }

    public FlowSpec spec(String name, int session, TrafficType type, String src, String dst, String payer,
            NatBinding binding, boolean relayed) {
        return new FlowSpec(new FlowId(emu.newFlowId()), name, session, type, new NodeId(emu.node(src)),
                new NodeId(emu.node(dst)), payer, binding, relayed);
    }

    /**
     * G.711 voice without silence suppression, 20 ms packetisation: 200-byte IP packets every 20 ms
     * (80 kbit/s, CBR).
     */
    public FlowMeter voip(String name, String src, String dst, String payer, long startNs, long stopNs) {
        return cbr(name, TrafficType.VOIP, src, dst, payer, 200, 20_000_000L, startNs, stopNs);
    }

    /** Constant bit rate datagrams: {@code bytes} every {@code intervalNs} exactly. */
    public FlowMeter cbr(String name, TrafficType type, String src, String dst, String payer, int bytes, long intervalNs,
            long startNs, long stopNs) {
        PeriodicParameters model = new PeriodicParameters(Math.multiplyExact(bytes, Byte.SIZE), intervalNs);
        return datagrams(name, type, src, dst, payer, model, startNs, stopNs);
    }

    /**
     * Datagrams from a {@code carma.traffic} source model (CBR, voice on/off, web browsing, FTP
     * files), sent open loop between start and stop; see {@link DatagramSource}.
     */
    public FlowMeter datagrams(String name, TrafficType type, String src, String dst, String payer,
            SourceParameters model, long startNs, long stopNs) {
        FlowMeter m = emu.meter(name);
        DatagramSource.of(emu.network(), spec(name, emu.newSession(), type, src, dst, payer, NatBinding.SESSION, false),
                model, startNs, stopNs, m);
        return m;
    }

    /** A TCP-like transfer of {@code bytes} (0 = unlimited) from src to dst. */
    public TcpLikeFlow tcp(String name, TrafficType type, String src, String dst, String payer, long bytes, long startNs) {
        return tcp(name, type, src, dst, payer, TcpLikeFlow.Params.bulk(bytes), startNs);
    }

    /** A TCP-like transfer with explicit parameters (e.g. an application-limited sender). */
    public TcpLikeFlow tcp(String name, TrafficType type, String src, String dst, String payer, TcpLikeFlow.Params params,
            long startNs) {
        int session = emu.newSession();
        FlowMeter m = emu.meter(name);
        return new TcpLikeFlow(emu.network(), spec(name, session, type, src, dst, payer, NatBinding.SESSION, false),
                spec(name + "-ack", session, type, dst, src, payer, NatBinding.SESSION, false),
                params, startNs, m);
    }

    public PingProbe ping(String name, String src, String dst, String payer, long intervalNs, long startNs, long stopNs) {
        int session = emu.newSession();
        return new PingProbe(emu.network(), spec(name, session, TrafficType.PING, src, dst, payer, NatBinding.PER_PACKET,
                false), spec(name + "-reply", session, TrafficType.PING, dst, src, payer, NatBinding.PER_PACKET, false),
                64, intervalNs, startNs, stopNs, 2_000_000_000L);
    }
}
