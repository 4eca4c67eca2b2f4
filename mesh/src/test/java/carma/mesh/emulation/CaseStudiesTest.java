package carma.mesh.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.trace.TraceBus;
import carma.mesh.denarii.LedgerEntry;
import carma.mesh.measure.BalanceSample;
import carma.mesh.measure.PingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short versions of the four case studies (the experiments module runs the full ones). Every run
 * also audits the Denarii ledger.
 */
class CaseStudiesTest {
    @Test
    void coverageExtensionKeepsConnectivityThroughN2AndTheUserPays() {
        CoverageExtension.Outcome o = CoverageExtension.run(new CoverageExtension.Params(1.5, 2_000_000L, 11,
                SchedulerKind.DANUM, RoutingKind.OLSR), new TraceBus());
        assertThat(o.run().audit().problems()).isEmpty();
        long switchNs = o.routeChanges().stream().filter(r -> r.nextHopAfter().equals("n2")).mapToLong(r -> r.timeNs())
                .findFirst().orElseThrow();
        // after OLSR moved the route to n2 the user is out of the AP's and n1's reach: only n2 carries it
        List<PingResult> outOfRange = o.pings().stream().filter(p -> p.timeNs() >= switchNs).toList();
        assertThat(outOfRange).isNotEmpty();
        assertThat(outOfRange.stream().filter(PingResult::answered).count()).isGreaterThanOrEqualTo(
                (long) Math.ceil(0.9 * outOfRange.size()));
        assertThat(o.downloadCompletedNs()).isPositive();
        long user = last(o.balances(), "user");
        long n1 = last(o.balances(), "n1");
        long n2 = last(o.balances(), "n2");
        long d0 = first(o.balances(), "user");
        assertThat(user).isLessThan(d0);
        assertThat(n1 - d0).isGreaterThan(n2 - d0);
        assertThat(n2).isGreaterThanOrEqualTo(d0);
    }

    @Test
    void seamlessHandoverKeepsTheTcpSessionOnlyWithTheRelay() {
        SeamlessHandover.Outcome relay = SeamlessHandover.run(new SeamlessHandover.Params(6.0, true, 1_000_000_000L, 5,
                SchedulerKind.DANUM, 2_000_000L, RoutingKind.ETX_ORACLE), new TraceBus());
        assertThat(relay.run().audit().problems()).isEmpty();
        assertThat(relay.brokenAtNs()).isEqualTo(-1);
        assertThat(relay.handovers()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(relay.handovers()).allSatisfy(h -> assertThat(h.latencyMs()).isLessThan(10_000));
        SeamlessHandover.Outcome plain = SeamlessHandover.run(new SeamlessHandover.Params(6.0, false, 1_000_000_000L, 5,
                SchedulerKind.DANUM, 2_000_000L, RoutingKind.ETX_ORACLE), new TraceBus());
        assertThat(plain.run().audit().problems()).isEmpty();
        assertThat(plain.brokenAtNs()).isPositive();
    }

    @Test
    void softAdmissionKeepsThreeCallsWhole() {
        SoftAdmissionCase.Outcome o = SoftAdmissionCase.run(7, SchedulerKind.DANUM, 40_000_000_000L, new TraceBus());
        assertThat(o.run().audit().problems()).isEmpty();
        assertThat(o.callsThatFit()).isBetween(3.0, 4.0);
        long whole = o.calls().stream().filter(c -> c.steady().lossFraction() < 0.01 && c.steady().p95DelayMs() < 150)
                .count();
        long cut = o.calls().stream().filter(c -> !c.admission().equals("ADMITTED")).count();
        assertThat(whole).isEqualTo(3);
        assertThat(cut).isEqualTo(2);
    }

    @Test
    void sameSeedGivesTheSameLedgerBitForBit() {
        List<LedgerEntry> a = ledgerOf(21);
        List<LedgerEntry> b = ledgerOf(21);
        assertThat(a).isNotEmpty().isEqualTo(b);
    }

    private static List<LedgerEntry> ledgerOf(long seed) {
        TraceBus bus = new TraceBus();
        TraceCollector<LedgerEntry> l = new TraceCollector<>(bus, LedgerEntry.class);
        CoverageExtension.run(new CoverageExtension.Params(6.0, 500_000L, seed, SchedulerKind.DANUM, RoutingKind.OLSR), bus);
        return l.records();
    }

    private static long last(List<BalanceSample> s, String account) {
        return s.stream().filter(b -> b.account().equals(account)).reduce((x, y) -> y).orElseThrow().balanceMinor();
    }

    private static long first(List<BalanceSample> s, String account) {
        return s.stream().filter(b -> b.account().equals(account)).findFirst().orElseThrow().balanceMinor();
    }
}
