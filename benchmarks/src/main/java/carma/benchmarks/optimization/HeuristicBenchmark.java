package carma.benchmarks.optimization;

import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of the fair-mesh heuristic (and of the RSSI baseline) on seeded random single-path
 * instances, by default 1000 users / 100 MAPs (10 × 10 grid, 80 m, 4 corner gateways). Aim: under
 * 100 ms for the heuristic.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main HeuristicBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HeuristicBenchmark {
    @Param({"1000"})
    public int users;

    @Param({"100"})
    public int maps;

    private FairMeshInstance instance;

    @Setup
    public void generate() {
        instance = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(users, maps, 4), 1);
    }

    @Benchmark
    public FairMeshResult heuristic() {
        return new MaxMinFairHeuristicAssociation().solve(instance);
    }

    @Benchmark
    public FairMeshResult rssi() {
        return new StrongestSignalAssociation().solve(instance);
    }
}
