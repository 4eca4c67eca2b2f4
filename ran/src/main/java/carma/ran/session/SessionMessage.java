package carma.ran.session;

import carma.ran.user.UserId;

/**
 * Session-control messages between CRRM and a RAN emulator (AROMA paper §5.4, Figs. 8–11).
 * Activation, modification and CRRM-initiated deactivation go to the emulator; RAN-initiated
 * deactivation (an emulated user's session ended) and dropping go back to CRRM.
 */
public sealed interface SessionMessage {
    UserId user();

    /** A new session of service {@code service} (index in the emulator's service list). Fig. 8. */
    record Activation(UserId user, int service) implements SessionMessage {}

    /** The session's QoS changes to service {@code service}. Fig. 8. */
    record Modification(UserId user, int service) implements SessionMessage {}

    /** The session ends (from CRRM, Fig. 9, or from the RAN's traffic model, Fig. 10). */
    record Deactivation(UserId user) implements SessionMessage {}

    /** The RAN dropped the session (congestion, QoS not met, coverage lost). Fig. 11. */
    record Dropping(UserId user, String reason) implements SessionMessage {}
}
