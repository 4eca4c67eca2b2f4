package carma.benchmarks.kernel;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Overhead of the kernel's tick loop: a virtual run of 10 000 ticks (100 s at 10 ms) with P
 * participants that do nothing but count, with and without 5 sub-ticks each. Divide the time per
 * run by 10 000 × P (× 5 for sub-ticks) for the cost per participant call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TickLoopBenchmark {
    static final long TICKS = 10_000;

    @Param({"1", "10", "100"})
    public int participants;

    @Param({"1", "5"})
    public int subTicks;

    @Benchmark
    public long run(Blackhole bh) {
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, TICKS * 10_000_000L), new RandomStreams(1),
                new TraceBus());
        long[] count = new long[1];
        for (int p = 0; p < participants; p++) {
            sim.addTicker("p" + p, subTicks, (t, i, k) -> count[0] += k + 1);
        }
        sim.run();
        bh.consume(count[0]);
        return count[0];
    }
}
