package carma.olsr;

import java.util.List;

/**
 * Independent reference for the route tests: all-pairs shortest ETX by Floyd-Warshall on a cost
 * matrix (infinite = no link), written without any code of the implementation under test.
 */
final class TrueGraph {

    final double[][] cost;
    final double[][] dist;

    TrueGraph(double[][] cost) {
        int n = cost.length;
        this.cost = cost;
        this.dist = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dist[i][j] = i == j ? 0 : cost[i][j];
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (dist[i][k] + dist[k][j] < dist[i][j]) {
                        dist[i][j] = dist[i][k] + dist[k][j];
                    }
                }
            }
        }
    }

    /** ETX = 1 / (d_ij * d_ji) from a delivery matrix, scaled by {@code lossyFactor} where lossy. */
    static double[][] etxMatrix(double[][] delivery, double lossyFactor) {
        int n = delivery.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double p = delivery[i][j] * delivery[j][i];
                c[i][j] = p > 0 ? (p < 1 ? lossyFactor : 1.0) / p : Double.POSITIVE_INFINITY;
            }
        }
        return c;
    }

    /** Cost of a node path on this graph. */
    double pathCost(List<Integer> path) {
        double sum = 0;
        for (int k = 1; k < path.size(); k++) {
            sum += cost[path.get(k - 1)][path.get(k)];
        }
        return sum;
    }

    /** Best cost from src to dst when the first hop is the neighbour h. */
    double costVia(int src, int h, int dst) {
        return cost[src][h] + dist[h][dst];
    }
}
