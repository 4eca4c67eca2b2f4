package carma.traffic;

/**
 * The four UMTS QoS classes of 3GPP TS 23.107 §6.3, declared in scheduling priority order: the
 * AROMA RAN emulators serve conversational before streaming before interactive (AROMA paper §5.3),
 * and background last.
 */
public enum QosClass {
    /** Real-time, delay-bound, symmetric (voice, video telephony). */
    CONVERSATIONAL,
    /** Real-time, one-way, delay-variation-bound (video streaming). */
    STREAMING,
    /** Request-response, payload-preserving (web browsing). */
    INTERACTIVE,
    /** Best effort, delay-insensitive (FTP, e-mail). */
    BACKGROUND;

    /** Scheduling priority: 0 is served first (conversational), 3 last (background). */
    public int priority() {
        return ordinal();
    }

    /** True when this class is served strictly before {@code other}. */
    public boolean precedes(QosClass other) {
        return priority() < other.priority();
    }
}
