package carma.kernel.sim;

/**
 * A periodic participant: called every tick (AROMA's 10 ms execution period), or several times
 * per tick at evenly spaced sub-tick times (HSDPA's 2 ms TTI = 5 sub-ticks per 10 ms tick).
 */
@FunctionalInterface
public interface Ticker {
    /**
     * @param nowNs simulated time of this (sub-)tick
     * @param tickIndex index of the enclosing tick, from 0
     * @param subTick index of the sub-tick within the tick, from 0
     */
    void tick(long nowNs, long tickIndex, int subTick);
}
