package carma.optimization.generator;

import carma.kernel.random.RandomStream;
import java.util.ArrayList;
import java.util.List;


/** Which MAPs become gateways: those nearest to the corners, the centre, or random ones. */
final class GatewayChoice {
    private GatewayChoice() {}

    static List<Integer> choose(GeneratorSpec spec, List<double[]> positions, double spanM, RandomStream random) {
        List<double[]> anchors = new ArrayList<>();
        double[] centre = {spanM / 2, spanM / 2};
        double[][] corners = {{0, 0}, {spanM, spanM}, {0, spanM}, {spanM, 0}};
        switch (spec.gatewayPlacement()) {
            case CORNERS -> anchors.addAll(List.of(corners));
            case CENTRE -> {
                anchors.add(centre);
                anchors.addAll(List.of(corners));
            }
            case RANDOM -> { }
        }
        List<Integer> chosen = new ArrayList<>();
        for (double[] anchor : anchors) {
            if (chosen.size() == spec.gatewayCount()) {
                break;
            }
            int best = -1;
            for (int m = 0; m < positions.size(); m++) {
                if (!chosen.contains(m) && (best < 0 || distance(positions.get(m), anchor)
                        < distance(positions.get(best), anchor))) {
                    best = m;
                }
            }
            chosen.add(best);
        }
        while (chosen.size() < spec.gatewayCount()) {
            int m = random.nextInt(positions.size());
            if (!chosen.contains(m)) {
                chosen.add(m);
            }
        }
        chosen.sort(null);
        return chosen;
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
