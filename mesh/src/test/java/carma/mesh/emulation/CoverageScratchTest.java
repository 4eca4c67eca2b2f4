package carma.mesh.emulation;

import carma.kernel.trace.TraceBus;
import org.junit.jupiter.api.Test;

class CoverageScratchTest {
    @Test
    void scratch() {
        long t0 = System.nanoTime();
        TraceBus bus = new TraceBus();
        bus.subscribe(carma.mesh.measure.FlowSample.class, r -> { if (r.flow().equals("download") && r.timeNs() > 200_000_000_000L && r.timeNs() < 240_000_000_000L) System.out.println(r); });
        bus.subscribe(carma.mesh.measure.PacketDropped.class, r -> { if (r.timeNs() > 205_000_000_000L && r.timeNs() < 240_000_000_000L) System.out.println(r); });
        var o = CoverageExtension.run(new CoverageExtension.Params(1.0, 15_000_000L, 1, SchedulerKind.DANUM), bus);
        System.out.println("wall " + (System.nanoTime() - t0) / 1e9);
        System.out.println("audit " + o.run().audit());
        System.out.println("routes " + o.routeChanges());
        long answered = o.pings().stream().filter(p -> p.answered()).count();
        System.out.println("pings " + answered + "/" + o.pings().size() + " apRange " + o.apRangeXm());
        o.pings().stream().filter(p -> !p.answered()).forEach(System.out::println);
        System.out.println("download " + o.download() + " completed " + o.downloadCompletedNs() / 1e9 + " start " + o.downloadStartNs() / 1e9);
        o.balances().stream().filter(b -> b.timeNs() % 20_000_000_000L == 0).forEach(System.out::println);
    }
}
