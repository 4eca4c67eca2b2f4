package carma.kernel.sim;

import carma.kernel.clock.Clock;
import carma.kernel.clock.OverrunPolicy;
import java.util.Objects;

/**
 * @param tickNs the execution period (AROMA: 10 ms): commands are drained, pauses taken and
 *     tickers run at tick boundaries
 * @param endNs simulated time at which the run ends (events at or after it do not run)
 * @param lateThresholdNs in real time, a tick starting later than this counts as late
 */
public record SimulatorConfig(long tickNs, long endNs, Clock clock, OverrunPolicy onOverrun, long lateThresholdNs) {
    public SimulatorConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(onOverrun, "onOverrun");
        if (tickNs <= 0) {
            throw new IllegalArgumentException("tick must be positive, got " + tickNs + " ns");
        }
        if (endNs <= 0) {
            throw new IllegalArgumentException("end time must be positive, got " + endNs + " ns");
        }
    }

    /** Virtual time, the given tick and end, a late threshold of a tenth of a tick. */
    public static SimulatorConfig virtual(long tickNs, long endNs) {
        return new SimulatorConfig(tickNs, endNs, new carma.kernel.clock.VirtualClock(), OverrunPolicy.BEST_EFFORT,
                tickNs / 10);
    }
}
