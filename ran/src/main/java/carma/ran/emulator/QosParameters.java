package carma.ran.emulator;

/**
 * Enforcement of the sessions' QoS attributes (TS 23.107 transfer delay and guaranteed bit rate).
 *
 * @param discardExpired packets older than their service's transfer delay are discarded before
 *     they are scheduled ({@link DiscardReason#TRANSFER_DELAY}); services without a delay bound
 *     (interactive, background) keep theirs
 * @param dropAfterUnmetNs a session whose QoS stays unmet for this long (whole statistics
 *     intervals) is dropped; 0 = never
 */
public record QosParameters(boolean discardExpired, long dropAfterUnmetNs) {
    public QosParameters {
        if (dropAfterUnmetNs < 0) {
            throw new IllegalArgumentException("dropAfterUnmetNs must be >= 0: " + dropAfterUnmetNs);
        }
    }

    /** Expired packets discarded; no session dropped for QoS. */
    public static QosParameters defaults() {
        return new QosParameters(true, 0);
    }
}
