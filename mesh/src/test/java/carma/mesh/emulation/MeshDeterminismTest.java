package carma.mesh.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.trace.TraceBus;
import carma.mesh.denarii.LedgerEntry;
import carma.mesh.net.MeshConfig;
import carma.mesh.net.TrafficType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same Denarii ledger, bit for bit (the case studies themselves run from
 * their scenario files in the experiments module, whose golden traces pin them).
 */
class MeshDeterminismTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void sameSeedGivesTheSameLedgerBitForBit() {
        List<LedgerEntry> a = ledgerOf(21);
        List<LedgerEntry> b = ledgerOf(21);
        assertThat(a).isNotEmpty().isEqualTo(b);
    }

    /** A call and a download over a 3-hop 802.11b chain: the forwarders earn, the sources pay. */
    private static List<LedgerEntry> ledgerOf(long seed) {
        TraceBus bus = new TraceBus();
        TraceCollector<LedgerEntry> ledger = new TraceCollector<>(bus, LedgerEntry.class);
        MeshEmulation.Setup setup = MeshEmulation.Setup.defaults(seed, 20 * SECOND, SchedulerKind.DANUM)
                .withConfig(MeshConfig.defaults().withRadio(Topologies.ieee80211b(0, -92)));
        MeshEmulation emu = new MeshEmulation(setup, Topologies.chain(4, 60), bus);
        Flows flows = new Flows(emu);
        flows.voip("call", "n0", "n3", "n0", 2 * SECOND, 20 * SECOND);
        flows.tcp("ftp", TrafficType.FTP, "n0", "n3", "n0", 0, SECOND);
        assertThat(emu.run().audit().consistent()).isTrue();
        return ledger.records();
    }
}
