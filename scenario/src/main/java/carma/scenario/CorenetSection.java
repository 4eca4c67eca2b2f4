package carma.scenario;

import carma.corenet.diffserv.Psc;
import carma.corenet.mpls.NoLspPolicy;
import java.util.List;

/**
 * The {@code corenet} section: AROMA's DiffServ/MPLS core (topology, PHB scheduling, LSPs, the
 * broker's measurement, the coordinated traffic generator and extra loads). Component names are the
 * YAML keys; see {@code docs/scenario-format.md} and {@code examples/aroma/core.yaml}.
 */
public record CorenetSection(List<LinkSpec> links, boolean efStrictPriority, NoLspPolicy noLsp,
        double sampleIntervalMs, List<LspSpec> lsps, GeneratorSpec generator, List<LoadSpec> loads)
        implements ModelSection {
    public static final String KEY = "corenet";

    public CorenetSection {
        links = List.copyOf(links);
        lsps = List.copyOf(lsps);
        loads = List.copyOf(loads);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.corenet(this);
    }

    /** A duplex link: both directions at {@code rateBps} with {@code propagationDelayMs} each way. */
    public record LinkSpec(String from, String to, long rateBps, double propagationDelayMs) {}

    /** One L-LSP of class {@code psc} along {@code path} (ingress first), set up at the start. */
    public record LspSpec(Psc psc, List<String> path) {
        public LspSpec {
            path = List.copyOf(path);
        }
    }

    /**
     * The coordinated traffic generator driven by the RAN's per-class statistics: one aggregate RAN
     * attached at {@code ranRouter}, fixed packet sizes per class.
     */
    public record GeneratorSpec(boolean fromRanStatistics, String ranRouter, int conversationalPacketBytes,
            int streamingPacketBytes, int interactivePacketBytes, int backgroundPacketBytes) {}

    /** Extra constant-rate load (case study III's congestion), marked with {@code dscp}. */
    public record LoadSpec(String from, String to, int dscp, long rateBps, int packetBytes, double startS,
            double durationS) {}
}
