package carma.optimization.instance;

/** An access link user–MAP in range, with its effective rate r_um. */
public record AccessLink(String user, String map, double rateBps) {}
