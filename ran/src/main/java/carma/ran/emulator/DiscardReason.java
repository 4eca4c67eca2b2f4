package carma.ran.emulator;

/** Why a packet did not reach the user. */
public enum DiscardReason {
    /** Its radio blocks kept failing until the retransmission limit (SINR → BLER draws). */
    RADIO,
    /** The IP-RAN transport model lost it (AROMA §5.2.9). */
    IP_RAN,
    /** The user's buffer was full. */
    BUFFER_OVERFLOW,
    /** The user had no session or no serving cell. */
    NOT_CONNECTED,
    /** Its session ended or was dropped with the packet still buffered. */
    SESSION_END,
    /** A lossy handover: the source cell discarded it, or it arrived during the interruption. */
    HANDOVER,
    /** It waited longer than its service's transfer delay (TS 23.107) and was discarded unsent. */
    TRANSFER_DELAY
}
