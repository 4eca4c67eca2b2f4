package carma.runtime;

import carma.kernel.sim.Simulator;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display for long offline runs (simulated time, speed ratio, ETA), redrawn
 * a few times a second by a daemon thread that only reads the simulator's progress time.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    private final Thread thread;
    private volatile boolean done;

    ProgressBar(Simulator sim, PrintStream out) {
        long startWall = System.nanoTime();
        thread = new Thread(() -> {
            while (!done) {
                draw(out, sim.progressNs(), sim.endNs(), System.nanoTime() - startWall);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "carma-progress");
        thread.setDaemon(true);
        thread.start();
    }

    static String line(long simNs, long endNs, long wallNs) {
        double frac = Math.min(1, simNs / (double) endNs);
        int filled = (int) Math.round(frac * WIDTH);
        double speed = wallNs > 0 ? simNs / (double) wallNs : 0;
        double etaS = speed > 0 ? (endNs - simNs) / 1e9 / speed : Double.NaN;
        return String.format(Locale.ROOT, "\r[%s%s] %3.0f%%  sim %.1f/%.1f s  x%.1f real time  ETA %s  ",
                "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * frac, simNs / 1e9, endNs / 1e9, speed,
                Double.isNaN(etaS) ? "?" : String.format(Locale.ROOT, "%.0f s", etaS));
    }

    private static void draw(PrintStream out, long simNs, long endNs, long wallNs) {
        out.print(line(simNs, endNs, wallNs));
        out.flush();
    }

    @Override
    public void close() {
        done = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
