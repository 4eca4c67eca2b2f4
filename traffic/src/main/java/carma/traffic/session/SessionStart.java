package carma.traffic.session;

/** How a {@link SessionProcess} starts. */
public enum SessionStart {
    /**
     * AROMA §5.2.5: every user is idle at time 0 and its first session starts uniformly over
     * {@link SessionParameters#initialSpreadS()}; afterwards the process relaxes towards its
     * stationary state over a few mean idle times (the transient lasts hours for one call per hour).
     */
    RAMP,
    /**
     * In the stationary distribution of the on/off process: each user is active at time 0 with
     * probability {@code λh / (1 + λh)} ({@link SessionParameters#activeFraction()}) for an
     * exponential residual holding time of mean h (memoryless); an idle user's next request comes
     * after an exponential idle time of mean {@code 1/λ}.
     */
    STATIONARY
}
