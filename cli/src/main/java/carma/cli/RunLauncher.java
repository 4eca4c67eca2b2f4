package carma.cli;

import carma.runtime.Run;
import carma.runtime.RunOptions;
import carma.runtime.RunResult;
import carma.scenario.ScenarioSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Shared by {@code run} and {@code demo}: runs a scenario with progress, control and a summary. */
final class RunLauncher {
    private RunLauncher() {}

    static Path defaultOutDir(String scenarioName) {
        return Path.of("runs", scenarioName + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss")));
    }

    /**
     * Runs {@code spec} into {@code out} and returns the exit code. When the command line owns the
     * process, SIGINT and SIGTERM stop the run at an event boundary and a shutdown hook waits until
     * every output is written (the JVM then exits with 130 or 143), and a real-time run reads
     * p/r/q from stdin ({@code q} stops it; exit code 0).
     */
    static int launch(ScenarioSpec spec, Path out, PrintStream stdout, boolean ownsProcess) {
        boolean terminal = System.console() != null;
        Run run = Run.prepare(spec, new RunOptions(out, terminal ? System.err : null));
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = ownsProcess ? stopOnSignal(run, finished) : null;
        try {
            if (ownsProcess && run.simulator().isRealTime()) {
                startControlThread(run, stdout, terminal);
            }
            stdout.printf(Locale.ROOT, "carma: running '%s' (seed %d, %.0f s simulated, %s clock) -> %s%n",
                    spec.name(), spec.seed(), spec.durationS(), spec.clock().mode().word(), out);
            RunResult result = run.execute();
            printSummary(result, stdout);
            return result.failed() ? ExitCodes.FAILURE : ExitCodes.OK;
        } finally {
            stdout.flush();
            finished.countDown();
            if (hook != null) {
                removeHook(hook);
            }
        }
    }

    /** A shutdown hook (SIGINT, SIGTERM) that stops the run and waits until its outputs are written. */
    private static Thread stopOnSignal(Run run, CountDownLatch finished) {
        Thread hook = new Thread(() -> {
            if (finished.getCount() == 0) {
                return;
            }
            System.err.println("carma: stopping the run; writing traces, summary, manifest and report...");
            run.simulator().requestStop();
            boolean interrupted = false;
            while (true) {
                try {
                    finished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }, "carma-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already stopping: the hook is waiting for this run, which has now finished
        }
    }

    private static void startControlThread(Run run, PrintStream stdout, boolean terminal) {
        if (terminal) {
            stdout.println("carma: real time; type p + Enter to pause, r to resume, q to stop");
        }
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    switch (line.trim()) {
                        case "p": run.simulator().requestPause(); break;
                        case "r": run.simulator().requestResume(); break;
                        case "q": run.simulator().requestStop(); return;
                        default: stdout.println("carma: p = pause, r = resume, q = stop");
                    }
                }
            } catch (java.io.IOException e) {
                // stdin closed: no more control input
            }
        }, "carma-control");
        t.setDaemon(true);
        t.start();
    }

    private static void printSummary(RunResult r, PrintStream out) {
        out.printf(Locale.ROOT, "carma: %s after %.1f s simulated in %.2f s wall (x%.0f)%n", r.manifest().outcome(),
                r.manifest().simulatedS(), r.manifest().wallS(), r.manifest().speedRatio());
        int shown = 0;
        for (Map.Entry<String, Object> e : r.report().headline().entrySet()) {
            if (shown++ == 24) {
                out.println("  ... (all figures in summary.json)");
                break;
            }
            out.printf(Locale.ROOT, "  %-40s %s%n", e.getKey(), format(e.getValue()));
        }
        if (!r.manifest().tickLateness().isEmpty()) {
            out.println("  tick lateness: " + r.manifest().tickLateness());
        }
        out.println("carma: report " + r.outDir().resolve("report.html"));
    }

    private static String format(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return String.format(Locale.ROOT, "%.6g", ((Number) v).doubleValue());
        }
        return String.valueOf(v);
    }
}
