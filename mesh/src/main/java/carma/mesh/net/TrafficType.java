package carma.mesh.net;

/**
 * Traffic types a user's profile binds utility functions to (CARMNET WEBGUI: WWW, e-mail, Skype;
 * plus video, FTP and ICMP probes). Flows are classified by type.
 */
public enum TrafficType {
    WWW(true),
    EMAIL(true),
    VOIP(false),
    VIDEO(false),
    FTP(true),
    PING(true);

    private final boolean elastic;

    TrafficType(boolean elastic) {
        this.elastic = elastic;
    }

    /** Elastic (TCP-like, rate utility) vs inelastic (UDP, required rate and delay target). */
    public boolean elastic() {
        return elastic;
    }
}
