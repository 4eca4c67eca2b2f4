package carma.ran.emulator;

/** What happens to a user's buffered downlink packets when it changes cell. */
public enum HandoverForwarding {
    /** The buffer is forwarded to the target cell; packets arriving during the interruption wait there. */
    LOSSLESS,
    /** The source cell discards the buffer; packets arriving during the interruption are lost. */
    LOSSY
}
