package carma.benchmarks.traffic;

import carma.kernel.random.RandomStreams;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.PacketSource;
import carma.traffic.session.SessionListener;
import carma.traffic.session.SessionParameters;
import carma.traffic.session.SessionProcess;
import carma.traffic.source.CbrParameters;
import carma.traffic.source.CbrSource;
import carma.traffic.source.VoiceOnOffSource;
import carma.traffic.source.VoiceParameters;
import carma.traffic.source.WebBrowsingParameters;
import carma.traffic.source.WebBrowsingSource;
import java.lang.management.ManagementFactory;

/**
 * Whole-run benchmark of the traffic module as the RAN emulator drives it: every 10 ms window,
 * advance the session process and call {@code generate} on each emulated user's source. Users
 * are mixed like AROMA case study II (50 % voice, 30 % web, 20 % video CBR). Worst case: every
 * source generates in every window (sessions are counted but all sources stay on), plus the
 * session process of all users. Prints windows per wall second, packets per wall second and
 * bytes allocated per window in the measured phase.
 *
 * <p>Run: {@code mvn -q -B -pl benchmarks -am package -DskipTests} then {@code java -cp
 * benchmarks/target/classes:kernel/target/classes:traffic/target/classes
 * carma.benchmarks.traffic.TrafficGenerationBenchmark [users] [simulatedSeconds]}.
 */
public final class TrafficGenerationBenchmark {
    private static final long TICK_NS = 10 * SimTime.NANOS_PER_MILLI;

    private static final class CountingSink implements PacketSink, SessionListener {
        long packets;
        long bits;
        long sessionEvents;

        @Override
        public void onPacket(long arrivalNs, int sizeBits) {
            packets++;
            bits += sizeBits;
        }

        @Override
        public void onSessionStart(int userIndex, long startNs) {
            sessionEvents++;
        }

        @Override
        public void onSessionEnd(int userIndex, long endNs) {
            sessionEvents++;
        }
    }

    private TrafficGenerationBenchmark() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        RandomStreams streams = new RandomStreams(2026);
        PacketSource[] sources = buildSources(users, streams);
        SessionProcess sessions = new SessionProcess(users, SessionParameters.aromaVoice(), streams.stream("bench.sessions"));
        CountingSink sink = new CountingSink();
        long warmupWindows = 10 * 100;
        runWindows(sources, sessions, sink, 0, warmupWindows, new long[(int) warmupWindows]);
        sink.packets = 0;
        sink.bits = 0;
        long windows = seconds * 100L;
        long[] windowNs = new long[(int) windows];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long wallStart = System.nanoTime();
        runWindows(sources, sessions, sink, warmupWindows, windows, windowNs);
        long wallNs = System.nanoTime() - wallStart;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        double wallS = wallNs / 1e9;
        System.out.printf("users=%d simulated=%d s windows=%d wall=%.3f s%n", users, seconds, windows, wallS);
        java.util.Arrays.sort(windowNs);
        System.out.printf("real-time factor=%.1f x, window mean=%.3f ms p50=%.3f p99=%.3f p99.9=%.3f max=%.3f ms%n",
                seconds / wallS, wallNs / 1e6 / windows, percentileMs(windowNs, 0.5), percentileMs(windowNs, 0.99),
                percentileMs(windowNs, 0.999), windowNs[windowNs.length - 1] / 1e6);
        long late = 0;
        for (long ns : windowNs) {
            late += ns > TICK_NS ? 1 : 0;
        }
        System.out.printf("windows longer than 10 ms: %d of %d%n", late, windows);
        System.out.printf("packets=%d (%.3e packets/s of wall time), offered load=%.1f Mbit/s simulated%n",
                sink.packets, sink.packets / wallS, sink.bits / 1e6 / seconds);
        System.out.printf("allocated in measured phase=%d bytes (%.2f bytes/window)%n", allocated, allocated / (double) windows);
    }

    private static PacketSource[] buildSources(int users, RandomStreams streams) {
        PacketSource[] sources = new PacketSource[users];
        WebBrowsingParameters web = WebBrowsingParameters.umts3003(0.0104);
        for (int u = 0; u < users; u++) {
            int kind = u % 10;
            if (kind < 5) {
                sources[u] = new VoiceOnOffSource(VoiceParameters.aromaAmr122(), streams.stream("bench.voice." + u), 0);
            } else if (kind < 8) {
                sources[u] = new WebBrowsingSource(web, streams.stream("bench.web." + u), 0);
            } else {
                sources[u] = new CbrSource(new CbrParameters(64_000, 640), u % 100 * 100_000L);
            }
        }
        return sources;
    }

    private static double percentileMs(long[] sortedNs, double q) {
        return sortedNs[(int) Math.min(sortedNs.length - 1, Math.floor(q * sortedNs.length))] / 1e6;
    }

    private static void runWindows(PacketSource[] sources, SessionProcess sessions, CountingSink sink, long firstWindow,
            long windows, long[] windowNs) {
        for (long w = firstWindow; w < firstWindow + windows; w++) {
            long fromNs = w * TICK_NS;
            long toNs = fromNs + TICK_NS;
            long start = System.nanoTime();
            sessions.advance(toNs, sink);
            for (PacketSource source : sources) {
                source.generate(fromNs, toNs, sink);
            }
            windowNs[(int) (w - firstWindow)] = System.nanoTime() - start;
        }
    }
}
