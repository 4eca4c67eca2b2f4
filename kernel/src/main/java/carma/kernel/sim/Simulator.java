package carma.kernel.sim;

import carma.kernel.clock.Clock;
import carma.kernel.clock.OverrunPolicy;
import carma.kernel.clock.TickLateness;
import carma.kernel.event.EventQueue;
import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStreams;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The simulation loop: pops events in (time, sequence) order, asks the clock to wait for each new
 * time (nothing for virtual time, the wall-clock deadline in real time), and delivers them. A
 * kernel tick every {@code tickNs} drains external commands, takes pauses, records real-time
 * lateness and runs the registered tickers (sub-ticks run as events at their own times, so
 * event-driven and tick-driven components interleave correctly).
 */
public final class Simulator {
    private final SimulatorConfig config;
    private final Clock clock;
    private final EventQueue queue = new EventQueue();
    private final Lifecycle lifecycle = new Lifecycle();
    private final RandomStreams streams;
    private final TraceBus traceBus;
    private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
    private final List<TickerSlot> tickers = new ArrayList<>();
    private final List<RunEndListener> runEndListeners = new ArrayList<>();
    private final TickLateness lateness;
    private final EventSink<KernelEvent> kernelSink = this::onKernelEvent;
    private final Object pauseLock = new Object();
    private SubTickPlan subTickPlan;

    private long nowNs;
    private long ticksStarted;
    private long currentTick;
    private long eventsProcessed;
    private volatile long progressNs;
    private volatile boolean stopRequested;
    private volatile boolean pauseRequested;
    private String failure;

    public Simulator(SimulatorConfig config, RandomStreams streams, TraceBus traceBus) {
        this.config = config;
        this.clock = config.clock();
        this.streams = streams;
        this.traceBus = traceBus;
        this.lateness = new TickLateness(config.lateThresholdNs(), config.tickNs());
    }

    public long nowNs() {
        return nowNs;
    }

    public long tickNs() {
        return config.tickNs();
    }

    public long endNs() {
        return config.endNs();
    }

    public RandomStreams streams() {
        return streams;
    }

    public TraceBus traceBus() {
        return traceBus;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public TickLateness tickLateness() {
        return lateness;
    }

    public boolean isRealTime() {
        return clock.isRealTime();
    }

    /** Schedules {@code event} for {@code sink} at absolute time {@code atNs} (not in the past). */
    public <E> void schedule(long atNs, EventSink<E> sink, E event) {
        if (atNs < nowNs) {
            throw new IllegalArgumentException("cannot schedule in the past: " + atNs + " ns < now " + nowNs + " ns");
        }
        queue.push(atNs, sink, event);
    }

    /** Schedules {@code event} {@code delayNs} after now. */
    public <E> void scheduleIn(long delayNs, EventSink<E> sink, E event) {
        schedule(Math.addExact(nowNs, delayNs), sink, event);
    }

    /**
     * Registers a periodic participant, run in registration order at each tick; with
     * {@code subTicksPerTick > 1} it also runs at the evenly spaced sub-tick times.
     */
    public void addTicker(String name, int subTicksPerTick, Ticker ticker) {
        requireState(LifecycleState.SETUP, LifecycleState.INIT);
        if (subTicksPerTick < 1 || config.tickNs() % subTicksPerTick != 0) {
            throw new IllegalArgumentException("ticker '" + name + "': " + subTicksPerTick
                    + " sub-ticks do not divide the tick of " + config.tickNs() + " ns evenly");
        }
        tickers.add(new TickerSlot(name, ticker, subTicksPerTick, config.tickNs() / subTicksPerTick));
        subTickPlan = null;
    }

    /**
     * Registers a model's end-of-run hook (see {@link RunEndListener}); it runs once, on the
     * simulation thread, whether the run completes, is stopped or fails.
     */
    public void onRunEnd(RunEndListener listener) {
        requireState(LifecycleState.SETUP, LifecycleState.INIT);
        runEndListeners.add(listener);
    }

    /** Thread-safe: the command is applied at the next tick boundary. */
    public void submit(Command command) {
        commands.add(command);
    }

    /** Thread-safe: the run pauses at the next tick boundary. */
    public void requestPause() {
        pauseRequested = true;
    }

    /** Thread-safe. */
    public void requestResume() {
        synchronized (pauseLock) {
            pauseRequested = false;
            pauseLock.notifyAll();
        }
    }

    /** Thread-safe: the run stops at the next event (from a component: after the current one). */
    public void requestStop() {
        stopRequested = true;
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
    }

    /** Setup is over: components may now initialise (listeners on INIT). */
    public void init() {
        lifecycle.transition(LifecycleState.INIT, nowNs);
    }

    /**
     * Runs until the end time, a stop request or a failure; then runs the end-of-run hooks and
     * always ends in STOP.
     */
    public RunOutcome run() {
        if (lifecycle.state() == LifecycleState.SETUP) {
            init();
        }
        lifecycle.transition(LifecycleState.RUN, nowNs);
        clock.start();
        queue.push(nowNs, kernelSink, KernelEvent.Tick.INSTANCE);
        long awaited = -1;
        try {
            while (!stopRequested) {
                long t = queue.peekTimeNs();
                if (t >= config.endNs()) {
                    break;
                }
                if (t > awaited) {
                    clock.awaitSimTime(t);
                    awaited = t;
                }
                queue.pop();
                nowNs = t;
                eventsProcessed++;
                queue.dispatchCurrent();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted at t=" + nowNs / 1e9 + " s";
        }
        boolean early = stopRequested || failure != null;
        if (!early) {
            nowNs = config.endNs();
        }
        for (RunEndListener l : runEndListeners) {
            l.onRunEnd(nowNs, early);
        }
        lifecycle.transition(LifecycleState.STOP, nowNs);
        return new RunOutcome(nowNs, early, failure, eventsProcessed);
    }

    private void onKernelEvent(long now, KernelEvent event) {
        if (event instanceof KernelEvent.Tick) {
            onTick(now);
        } else if (event instanceof KernelEvent.SubTick) {
            subTickPlan.run(((KernelEvent.SubTick) event).slot(), now, currentTick);
        }
    }

    private void onTick(long now) {
        currentTick = ticksStarted++;
        progressNs = now;
        if (clock.isRealTime() && lateness.record(clock.latenessNs(now))
                && config.onOverrun() == OverrunPolicy.FAIL) {
            failure = String.format("real-time overrun: tick %d at t=%.3f s started %.3f ms late (limit %.3f ms)",
                    currentTick, now / 1e9, clock.latenessNs(now) / 1e6, config.tickNs() / 1e6);
            stopRequested = true;
            return;
        }
        drainCommands(now);
        if (pauseRequested) {
            pause(now);
            if (stopRequested) {
                return;
            }
        }
        for (int i = 0, n = tickers.size(); i < n; i++) {
            tickers.get(i).ticker.tick(now, currentTick, 0);
        }
        if (subTickPlan == null) {
            subTickPlan = SubTickPlan.of(tickers);
        }
        for (int j = 0; j < subTickPlan.offsetsNs.length; j++) {
            queue.push(now + subTickPlan.offsetsNs[j], kernelSink, subTickPlan.events[j]);
        }
        long next = now + config.tickNs();
        queue.push(next, kernelSink, KernelEvent.Tick.INSTANCE);
    }

    private void drainCommands(long now) {
        Command c;
        while ((c = commands.poll()) != null) {
            c.apply(now);
        }
    }

    private void pause(long now) {
        lifecycle.transition(LifecycleState.PAUSE, now);
        clock.paused();
        synchronized (pauseLock) {
            while (pauseRequested && !stopRequested) {
                try {
                    pauseLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = "interrupted while paused";
                    stopRequested = true;
                }
            }
        }
        clock.resumed();
        if (!stopRequested) {
            lifecycle.transition(LifecycleState.RUN, now);
            drainCommands(now);
        }
    }

    /** Simulated time of the latest tick; safe to read from any thread (progress displays). */
    public long progressNs() {
        return progressNs;
    }

    /** The index of the current tick, from 0. */
    public long tickIndex() {
        return currentTick;
    }

    private void requireState(LifecycleState... allowed) {
        for (LifecycleState s : allowed) {
            if (lifecycle.state() == s) {
                return;
            }
        }
        throw new IllegalStateException("not allowed in state " + lifecycle.state());
    }

    private record TickerSlot(String name, Ticker ticker, int subTicks, long subTickNs) {}

    /**
     * The distinct sub-tick offsets within a tick (over all tickers) and, per offset, the tickers
     * to run there in registration order: one kernel event per offset, however many tickers.
     */
    private static final class SubTickPlan {
        final long[] offsetsNs;
        final KernelEvent.SubTick[] events;
        final Ticker[][] tickers;
        final int[][] subTickIndex;

        private SubTickPlan(long[] offsetsNs, Ticker[][] tickers, int[][] subTickIndex) {
            this.offsetsNs = offsetsNs;
            this.tickers = tickers;
            this.subTickIndex = subTickIndex;
            this.events = new KernelEvent.SubTick[offsetsNs.length];
            for (int j = 0; j < offsetsNs.length; j++) {
                events[j] = new KernelEvent.SubTick(j);
            }
        }

        static SubTickPlan of(List<TickerSlot> slots) {
            java.util.TreeMap<Long, List<int[]>> byOffset = new java.util.TreeMap<>();
            for (int i = 0; i < slots.size(); i++) {
                TickerSlot s = slots.get(i);
                for (int k = 1; k < s.subTicks(); k++) {
                    byOffset.computeIfAbsent(k * s.subTickNs(), o -> new ArrayList<>()).add(new int[] {i, k});
                }
            }
            long[] offsets = new long[byOffset.size()];
            Ticker[][] tickers = new Ticker[offsets.length][];
            int[][] ks = new int[offsets.length][];
            int j = 0;
            for (java.util.Map.Entry<Long, List<int[]>> e : byOffset.entrySet()) {
                offsets[j] = e.getKey();
                tickers[j] = new Ticker[e.getValue().size()];
                ks[j] = new int[e.getValue().size()];
                for (int m = 0; m < e.getValue().size(); m++) {
                    tickers[j][m] = slots.get(e.getValue().get(m)[0]).ticker();
                    ks[j][m] = e.getValue().get(m)[1];
                }
                j++;
            }
            return new SubTickPlan(offsets, tickers, ks);
        }

        void run(int slot, long now, long tick) {
            Ticker[] ts = tickers[slot];
            int[] ks = subTickIndex[slot];
            for (int m = 0; m < ts.length; m++) {
                ts[m].tick(now, tick, ks[m]);
            }
        }
    }
}
