package carma.optimization.solution;

/**
 * A solution in index form (instance order): the MAP of each user, the user rates d_u, link flows
 * f_e and gateway flows g_m, all in bit/s.
 */
public record Allocation(int[] mapOfUser, double[] rateBps, double[] linkFlowBps, double[] gatewayFlowBps) {
    public double minRateBps() {
        double min = Double.POSITIVE_INFINITY;
        for (double r : rateBps) {
            min = Math.min(min, r);
        }
        return rateBps.length == 0 ? 0.0 : min;
    }
}
