package carma.corenet.broker;

/** The broker's answer to a resource request. */
public enum Decision {
    ACCEPT,
    REJECT
}
