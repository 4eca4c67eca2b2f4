package carma.benchmarks.mesh;

import carma.olsr.NodeAddress;
import carma.olsr.logic.LqMprSelection;
import carma.olsr.logic.MprCalculator;
import carma.olsr.logic.MprProblems;
import carma.olsr.logic.MprSelection;
import carma.olsr.logic.Rfc3626MprSelection;
import carma.olsr.lq.EtxMetric;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.wire.LinkCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One MPR recomputation of the centre node of a 100 m grid, as {@code OlsrAgent.recompute} does it
 * on every neighbourhood change: the reference path ({@code MprProblems.of} + {@link MprSelection} +
 * {@code setMprSet}) against {@link MprCalculator}. Neighbours are the nodes within {@code rangeM}
 * (200 m: 12 neighbours, 28 strict 2-hop neighbours, 144 2-hop links; 250 m: 20, 48, 400; 300 m:
 * 28, 76, 784), each listing all nodes within range of it as 2-hop links; ETX grows with distance.
 * The MPR set does not change between calls, the common case. Score: ns per recomputation
 * ({@code -prof gc} adds bytes per recomputation).
 *
 * <p>Run: {@code mvn -q -B -pl benchmarks -am package -DskipTests} then
 * {@code java -jar benchmarks/target/benchmarks.jar MprSelectionBenchmark [-prof gc]}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MprSelectionBenchmark {
    private static final long S = 1_000_000_000L;
    private static final int SIDE = 15;
    private static final double SPACING_M = 100.0;

    @Param({"false", "true"})
    public boolean linkQuality;

    @Param({"200", "250", "300"})
    public int rangeM;

    private InformationBases bases;
    private MprSelection selection;
    private MprCalculator calculator;
    private final long nowNs = 10 * S;

    @Setup(Level.Trial)
    public void build() {
        int centre = (SIDE / 2) * SIDE + SIDE / 2;
        bases = new InformationBases(address(centre));
        for (int y = 0; y < SIDE * SIDE; y++) {
            if (y != centre && distanceM(centre, y) <= rangeM) {
                LinkTuple l = bases.links().findOrCreate(address(y), nowNs);
                bases.links().onHello(l, nowNs, 20 * S, LinkCode.SYM_LINK, 2 * S, 6 * S);
                publish(l, lq8(distanceM(centre, y)));
                for (int z = 0; z < SIDE * SIDE; z++) {
                    if (z != y && distanceM(y, z) <= rangeM) {
                        int q = lq8(distanceM(y, z));
                        bases.twoHop().put(address(y), address(z), linkQuality ? EtxMetric.etx(q, q) : 1.0,
                                nowNs + 20 * S);
                    }
                }
            }
        }
        bases.neighbors().rebuild(bases.links(), bases.mid(), nowNs);
        selection = linkQuality ? new LqMprSelection(1) : new Rfc3626MprSelection();
        calculator = new MprCalculator(linkQuality, 1);
        calculator.update(bases, nowNs);
        if (!bases.mprSet().equals(selection.select(MprProblems.of(bases, linkQuality, nowNs)))) {
            throw new IllegalStateException("calculator and reference disagree: " + bases.mprSet());
        }
    }

    @Benchmark
    public boolean reference() {
        return bases.setMprSet(selection.select(MprProblems.of(bases, linkQuality, nowNs)));
    }

    @Benchmark
    public boolean calculator() {
        return calculator.update(bases, nowNs);
    }

    private static NodeAddress address(int index) {
        return NodeAddress.ofIndex(index + 1);
    }

    private static double distanceM(int a, int b) {
        return SPACING_M * Math.hypot(a % SIDE - b % SIDE, a / SIDE - b / SIDE);
    }

    /** Link quality byte falling with distance: 255 at 100 m, 204 at 200 m, 179 at 250 m. */
    private static int lq8(double distanceM) {
        return (int) Math.round(255 * Math.min(1.0, 1.2 - distanceM / 500));
    }

    /** Publishes LQ 255 (loss-free windows) and NLQ {@code q} for a link: ETX 255 / q. */
    private static void publish(LinkTuple l, int q) {
        for (int w = 0; w <= 32; w++) {
            l.estimator().onPacket(1 + w * 2);
            l.estimator().onPacket(2 + w * 2);
            l.estimator().slideWindow(1000);
        }
        l.estimator().onNeighborLq(q);
        l.estimator().publish();
    }
}
