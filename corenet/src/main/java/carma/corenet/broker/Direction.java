package carma.corenet.broker;

/** Uplink runs from the user's IR to the ER, downlink from the ER to the IR. */
public enum Direction {
    UPLINK,
    DOWNLINK
}
