package carma.olsr;

/** Due times of an agent's periodic timers (package-private bookkeeping of {@link OlsrAgent}). */
final class OlsrTimers {

    long helloNs = Long.MAX_VALUE;
    long tcNs = Long.MAX_VALUE;
    long midHnaNs = Long.MAX_VALUE;
    long lqWindowNs = Long.MAX_VALUE;
    /** Pending deferred route recalculation, or MAX_VALUE. */
    long routeNs = Long.MAX_VALUE;
    long lastNowNs = Long.MIN_VALUE;

    long nextTimerNs() {
        return Math.min(Math.min(Math.min(helloNs, tcNs), Math.min(midHnaNs, lqWindowNs)), routeNs);
    }
}
