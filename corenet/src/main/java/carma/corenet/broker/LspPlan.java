package carma.corenet.broker;

import carma.corenet.diffserv.Psc;
import carma.corenet.topology.RouterId;
import java.util.ArrayList;
import java.util.List;

/**
 * The LSPs the broker sets up at the start, for the generator's flows and as the sessions' defaults.
 *
 * @param entries one (class, path) per LSP, ingress first
 */
public record LspPlan(List<Entry> entries) {
    /** One LSP: its class and its path. */
    public record Entry(Psc psc, List<RouterId> path) {
        public Entry {
            path = List.copyOf(path);
        }
    }

    public LspPlan {
        entries = List.copyOf(entries);
    }

    /**
     * The reference policy on the fish [reconstructed from seed 001 §6.1: "voice short, data long"]:
     * EF and AF4 on the short path via CR2, AF3, AF2, AF1 and DF on the long path via CR3–CR4; one LSP
     * per class, IR and direction (24 for two IRs).
     */
    public static LspPlan referenceFish(List<RouterId> ingressRouters) {
        RouterId er = RouterId.parse("ER");
        RouterId cr1 = RouterId.parse("CR1");
        List<Entry> out = new ArrayList<>();
        for (RouterId ir : ingressRouters) {
            for (Psc p : Psc.values()) {
                List<RouterId> via = p == Psc.EF || p == Psc.AF4 ? List.of(RouterId.parse("CR2"))
                        : List.of(RouterId.parse("CR3"), RouterId.parse("CR4"));
                List<RouterId> up = new ArrayList<>(List.of(ir, cr1));
                up.addAll(via);
                up.add(er);
                List<RouterId> down = new ArrayList<>(up);
                java.util.Collections.reverse(down);
                out.add(new Entry(p, up));
                out.add(new Entry(p, down));
            }
        }
        return new LspPlan(out);
    }
}
