package carma.traffic;

/** UMTS QoS classes in priority order (interim copy of the traffic module's API, see commit message). */
public enum QosClass {
    CONVERSATIONAL,
    STREAMING,
    INTERACTIVE,
    BACKGROUND
}
