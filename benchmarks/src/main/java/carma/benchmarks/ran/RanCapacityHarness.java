package carma.benchmarks.ran;

import carma.kernel.clock.OverrunPolicy;
import carma.kernel.clock.TickLateness;
import carma.kernel.clock.VirtualClock;
import carma.kernel.clock.WallClockPacer;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.time.SimTime;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.ReferenceDeployments;
import carma.radio.propagation.PropagationMatrix;
import carma.radio.propagation.PropagationSetup;
import carma.ran.emulator.RanEmulator;
import carma.ran.emulator.RanEmulatorBuilder;
import carma.ran.emulator.UserGroup;
import carma.scenario.Assembler;
import carma.scenario.Emulation;
import carma.scenario.ScenarioReader;
import carma.traffic.session.ServiceTraffic;
import carma.traffic.session.SessionParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whole-run benchmarks of the RAN emulator; prints figures, asserts nothing.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar carma.benchmarks.ran.RanCapacityHarness offline [scenario.yaml] [repeats]
 * java -cp benchmarks/target/benchmarks.jar carma.benchmarks.ran.RanCapacityHarness realtime [users,users,...] [seconds]
 * java -cp benchmarks/target/benchmarks.jar carma.benchmarks.ran.RanCapacityHarness tickcost [users,users,...] [seconds]
 * java -cp benchmarks/target/benchmarks.jar carma.benchmarks.ran.RanCapacityHarness memory [users]   (one size per JVM)
 * </pre>
 *
 * The real-time and memory runs use the case-study-II deployment and the reference service mix
 * (50 % voice at 50 km/h, 30 % web at 3 km/h, 20 % video at 3 km/h, AROMA session parameters) but
 * start every user's first session within the first {@value #RAMP_S} s (instead of 100 s) and keep
 * sessions 100 times longer than AROMA's, so that practically every user has an active session
 * during the measured window: a worst case for the per-tick work.
 */
public final class RanCapacityHarness {
    static final double RAMP_S = 5;

    private RanCapacityHarness() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "offline";
        switch (mode) {
            case "offline":
                offline(Path.of(args.length > 1 ? args[1] : "examples/aroma/reference.yaml"),
                        args.length > 2 ? Integer.parseInt(args[2]) : 3);
                break;
            case "realtime":
                realtime(args.length > 1 ? args[1] : "10000,25000,50000,75000", args.length > 2 ? Double.parseDouble(args[2]) : 30);
                break;
            case "tickcost":
                tickCost(args.length > 1 ? args[1] : "10000,25000,50000,75000,100000", args.length > 2 ? Double.parseDouble(args[2]) : 30);
                break;
            case "memory":
                memory(args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
                break;
            default:
                throw new IllegalArgumentException("mode must be offline, realtime or memory");
        }
    }

    private static void offline(Path scenario, int repeats) throws Exception {
        String yaml = Files.readString(scenario, StandardCharsets.UTF_8);
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            Emulation e = Assembler.assemble(ScenarioReader.read(yaml));
            long t1 = System.nanoTime();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c1 = mx.getCurrentThreadCpuTime();
            e.simulator().run();
            long t2 = System.nanoTime();
            double cpuS = (mx.getCurrentThreadCpuTime() - c1) / 1e9;
            double simS = e.spec().durationS();
            System.out.printf(Locale.ROOT, "offline %s: assemble %.2f s (propagation matrix included), run %.0f s simulated in %.2f s wall "
                    + "(%.0fx real time), %.2f s CPU of the simulation thread (%.0fx)%n",
                    scenario.getFileName(), (t1 - t0) / 1e9, simS, (t2 - t1) / 1e9, simS / ((t2 - t1) / 1e9), cpuS, simS / cpuS);
        }
    }

    private static RanEmulator emulation(Simulator sim, Deployment d, PropagationMatrix m, int users) {
        RanEmulatorBuilder b = RanEmulator.builder(sim, d).matrix(m);
        int voice = b.service(longer(ServiceTraffic.aromaVoice()));
        int web = b.service(longer(ServiceTraffic.aromaWebBrowsing()));
        int video = b.service(longer(ServiceTraffic.aromaVideoStreaming()));
        int nVoice = users / 2;
        int nWeb = users * 3 / 10;
        b.users(UserGroup.kmh(nVoice, voice, 50, 0.3));
        b.users(UserGroup.kmh(nWeb, web, 3, 0.5));
        b.users(UserGroup.kmh(users - nVoice - nWeb, video, 3, 0.3));
        return b.build();
    }

    private static ServiceTraffic longer(ServiceTraffic t) {
        SessionParameters s = t.sessions();
        return new ServiceTraffic(t.profile(), new SessionParameters(s.sessionsPerHour(), s.meanHoldingS() * 100, RAMP_S), t.packets());
    }

    private static void realtime(String sizes, double seconds) {
        Deployment d = ReferenceDeployments.caseStudyII("IR1", "IR2");
        PropagationMatrix m = PropagationSetup.aroma().build(d, new RandomStreams(1));
        // warm up the JIT in virtual time
        Simulator warm = new Simulator(SimulatorConfig.virtual(10_000_000L, SimTime.nanosOfSeconds(20)), new RandomStreams(2),
                new TraceBus());
        emulation(warm, d, m, 20_000);
        warm.run();
        for (String s : sizes.split(",")) {
            int users = Integer.parseInt(s.trim());
            long endNs = SimTime.nanosOfSeconds(seconds);
            Simulator sim = new Simulator(new SimulatorConfig(10_000_000L, endNs, new WallClockPacer(), OverrunPolicy.BEST_EFFORT,
                    1_000_000L), new RandomStreams(3), new TraceBus());
            RanEmulator e = emulation(sim, d, m, users);
            long settleNs = SimTime.nanosOfSeconds(Math.min(10, seconds / 3));
            long[] atSettle = new long[3];
            sim.addTicker("settle", 1, (now, tick, sub) -> {
                if (now == settleNs) {
                    atSettle[0] = sim.tickLateness().ticks();
                    atSettle[1] = sim.tickLateness().lateTicks();
                    atSettle[2] = sim.tickLateness().overruns();
                }
            });
            sim.run();
            TickLateness.Snapshot l = sim.tickLateness().snapshot();
            long ticks = l.ticks() - atSettle[0];
            long late = l.lateTicks() - atSettle[1];
            System.out.printf(Locale.ROOT, "realtime %d users, after the first %.0f s: %d ticks, %d late = %.3f %%, overruns %d%n",
                    users, settleNs / 1e9, ticks, late, 100.0 * late / Math.max(1, ticks), l.overruns() - atSettle[2]);
            System.out.printf(Locale.ROOT, "realtime %d users, whole run: %d ticks, %d late (> %.1f ms) = %.3f %%, overruns %d, "
                    + "lateness mean %.3f ms p99 %.3f ms p99.9 %.3f ms max %.3f ms; sessions accepted %d%n", users, l.ticks(),
                    l.lateTicks(), l.lateThresholdNs() / 1e6, 100.0 * l.lateTicks() / Math.max(1, l.ticks()), l.overruns(),
                    l.meanNs() / 1e6, l.p99Ns() / 1e6, l.p999Ns() / 1e6, l.maxNs() / 1e6, e.totals().admissionsAccepted());
        }
    }

    /**
     * CPU time of the simulation thread per 10 ms period (tick and its 4 sub-ticks) in virtual
     * time: the real-time budget is 10 ms per period. Unlike wall-clock lateness, thread CPU time
     * is not inflated by other processes waiting for the cores. The first 10 s (session ramp and
     * JIT) are excluded.
     */
    private static void tickCost(String sizes, double seconds) {
        Deployment d = ReferenceDeployments.caseStudyII("IR1", "IR2");
        PropagationMatrix m = PropagationSetup.aroma().build(d, new RandomStreams(1));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String size : sizes.split(",")) {
            int users = Integer.parseInt(size.trim());
            Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, SimTime.nanosOfSeconds(seconds)),
                    new RandomStreams(3), new TraceBus());
            emulation(sim, d, m, users);
            long skipNs = SimTime.nanosOfSeconds(Math.min(10, seconds / 3));
            int periods = (int) ((SimTime.nanosOfSeconds(seconds) - skipNs) / 10_000_000L);
            long[] costNs = new long[periods];
            long[] last = {-1};
            int[] k = {0};
            sim.addTicker("ran-tick-cost", 1, (now, tick, sub) -> {
                long cpu = mx.getCurrentThreadCpuTime();
                if (now > skipNs && last[0] >= 0 && k[0] < costNs.length) {
                    costNs[k[0]++] = cpu - last[0];
                }
                last[0] = cpu;
            });
            long w0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            sim.run();
            double cpuS = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            double wallS = (System.nanoTime() - w0) / 1e9;
            long[] c = java.util.Arrays.copyOf(costNs, k[0]);
            java.util.Arrays.sort(c);
            long over = java.util.Arrays.stream(c).filter(x -> x > 10_000_000L).count();
            double mean = java.util.Arrays.stream(c).average().orElse(0);
            System.out.printf(Locale.ROOT, "tickcost %d users: %d periods measured; CPU per 10 ms period mean %.3f ms, p99 %.3f ms, "
                    + "p99.9 %.3f ms, max %.3f ms; periods over 10 ms: %d (%.3f %%); whole run %.1f s CPU, %.1f s wall for %.0f s simulated%n",
                    users, c.length, mean / 1e6, c[(int) (c.length * 0.99)] / 1e6, c[(int) (c.length * 0.999)] / 1e6,
                    c[c.length - 1] / 1e6, over, 100.0 * over / c.length, cpuS, wallS, seconds);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Heap held by an emulation of {@code users} after 30 s, beyond the propagation matrix (one size per JVM). */
    private static void memory(int users) {
        Deployment d = ReferenceDeployments.caseStudyII("IR1", "IR2");
        PropagationMatrix m = PropagationSetup.aroma().build(d, new RandomStreams(1));
        long base = usedHeap();
        Simulator sim = new Simulator(new SimulatorConfig(10_000_000L, SimTime.nanosOfSeconds(30), new VirtualClock(),
                OverrunPolicy.BEST_EFFORT, 1_000_000L), new RandomStreams(4), new TraceBus());
        RanEmulator e = emulation(sim, d, m, users);
        sim.run();
        long used = usedHeap() - base;
        System.out.printf(Locale.ROOT, "memory %d users after 30 s: %.2f MB beyond the propagation matrix (%.1f MB); "
                + "%.0f bytes per user (fixed parts included); sessions accepted %d%n", users, used / 1e6, m.memoryBytes() / 1e6,
                used / (double) users, e.totals().admissionsAccepted());
    }
}
