package carma.optimization.generator;

import carma.optimization.geometric.RadioParameters;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Whether MAPs at the given positions form one connected mesh under the radio's range. */
final class MeshConnectivity {
    private MeshConnectivity() {}

    static boolean connected(List<double[]> positions, RadioParameters radio) {
        int n = positions.size();
        boolean[] seen = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            double[] a = positions.get(queue.poll());
            for (int b = 0; b < n; b++) {
                double[] p = positions.get(b);
                if (!seen[b] && radio.rateBps(Math.hypot(a[0] - p[0], a[1] - p[1])) > 0) {
                    seen[b] = true;
                    count++;
                    queue.add(b);
                }
            }
        }
        return count == n;
    }
}
