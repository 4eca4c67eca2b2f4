package carma.optimization.solution;

/** Aggregate flow f_e on the directed mesh link from→to. */
public record LinkFlow(String from, String to, double flowBps) {}
