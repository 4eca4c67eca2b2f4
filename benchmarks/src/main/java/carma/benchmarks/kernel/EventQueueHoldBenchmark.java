package carma.benchmarks.kernel;

import carma.kernel.event.EventQueue;
import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The classic hold model for event-list benchmarks: with N events pending, pop the earliest and
 * push one at (its time + an exponential increment). Each invocation performs {@value #HOLDS}
 * holds; the score is holds per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventQueueHoldBenchmark {
    static final int HOLDS = 10_000;

    @Param({"1000", "100000", "1000000"})
    public int pending;

    private EventQueue queue;
    private RandomStream rng;
    private final EventSink<Object> sink = (t, e) -> {};
    private final Object event = new Object();
    private final double[] increments = new double[1 << 16];
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        rng = new RandomStream(42);
        for (int i = 0; i < increments.length; i++) {
            increments[i] = rng.exponential(1_000_000.0); // mean 1 ms in ns
        }
        queue = new EventQueue(pending * 2);
        for (int i = 0; i < pending; i++) {
            queue.push((long) (rng.nextDouble() * pending * 1_000_000.0), sink, event);
        }
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public long hold() {
        EventQueue q = queue;
        long t = 0;
        for (int i = 0; i < HOLDS; i++) {
            q.pop();
            t = q.currentTimeNs();
            q.push(t + (long) increments[next++ & 0xFFFF], sink, event);
        }
        return t;
    }
}
