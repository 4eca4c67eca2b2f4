package carma.optimization.solution;

/** Traffic g_m a gateway sends over its wired uplink. */
public record GatewayFlow(String map, double flowBps) {}
