package carma.olsr.logic;

import static org.assertj.core.api.Assertions.assertThat;

import carma.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MprSelectionTest {

    private static NodeAddress n(int i) {
        return NodeAddress.ofIndex(i);
    }

    private static MprProblem problem(TreeMap<NodeAddress, Integer> will, int[][] twoHop) {
        TreeMap<NodeAddress, Double> cost = new TreeMap<>();
        will.keySet().forEach(a -> cost.put(a, 1.0));
        List<MprProblem.TwoHopLink> links = new ArrayList<>();
        for (int[] l : twoHop) {
            links.add(new MprProblem.TwoHopLink(n(l[0]), n(l[1]), 1.0));
        }
        return new MprProblem(will, cost, links);
    }

    @Test
    void soleProvidersAreChosenFirstThenTheGreatestReachability() {
        TreeMap<NodeAddress, Integer> will = new TreeMap<>();
        for (int y = 1; y <= 3; y++) {
            will.put(n(y), Willingness.DEFAULT);
        }
        // 1 covers 10, 11; 2 covers 11; 3 covers 12: 1 and 3 are sole providers, 2 is redundant
        assertThat(new Rfc3626MprSelection().select(problem(will, new int[][] {{1, 10}, {1, 11}, {2, 11}, {3, 12}})))
                .containsExactly(n(1), n(3));
        // 1 covers 10, 11; 2 covers 10, 11, 12; 3 covers 12: 2 alone has the greatest reachability
        int[][] overlap = {{1, 10}, {1, 11}, {2, 10}, {2, 11}, {2, 12}, {3, 12}};
        assertThat(new Rfc3626MprSelection().select(problem(will, overlap))).containsExactly(n(2));
        // willingness ranks before reachability: 1 (HIGH) first, then 12 is left, 2 wins on degree
        will.put(n(1), Willingness.HIGH);
        assertThat(new Rfc3626MprSelection().select(problem(will, overlap))).containsExactly(n(1), n(2));
    }

    @Test
    void neverIsNeverChosenAndAlwaysIsAlwaysChosen() {
        TreeMap<NodeAddress, Integer> will = new TreeMap<>();
        will.put(n(1), Willingness.NEVER);
        will.put(n(2), Willingness.DEFAULT);
        will.put(n(3), Willingness.ALWAYS);
        MprProblem p = problem(will, new int[][] {{1, 10}, {1, 11}, {2, 11}});
        assertThat(p.strictTwoHop()).containsExactly(n(11)); // 10 is reachable only through NEVER
        assertThat(new Rfc3626MprSelection().select(p)).containsExactly(n(2), n(3));
        assertThat(new LqMprSelection(7).select(p)).containsExactly(n(2), n(3));
    }

    @Test
    void lqSelectionPrefersTheCheapestTwoHopPathAndSkipsBetterDirectLinks() {
        TreeMap<NodeAddress, Integer> will = new TreeMap<>();
        will.put(n(1), Willingness.DEFAULT);
        will.put(n(2), Willingness.DEFAULT);
        will.put(n(3), Willingness.DEFAULT);
        TreeMap<NodeAddress, Double> cost = new TreeMap<>();
        cost.put(n(1), 1.0);
        cost.put(n(2), 3.0);
        cost.put(n(3), 1.2);
        List<MprProblem.TwoHopLink> links = List.of(
                new MprProblem.TwoHopLink(n(1), n(10), 2.5), // path 3.5
                new MprProblem.TwoHopLink(n(2), n(10), 1.0), // path 4.0
                new MprProblem.TwoHopLink(n(1), n(3), 1.0)); // path 2.0 > direct 1.2: no MPR for 3
        MprProblem p = new MprProblem(will, cost, links);
        assertThat(new LqMprSelection(1).select(p)).containsExactly(n(1));
        assertThat(new LqMprSelection(2).select(p)).containsExactly(n(1), n(2));
    }

    @Test
    void everyStrictTwoHopNeighbourIsCoveredOnRandomTopologies() {
        for (long seed = 1; seed <= 300; seed++) {
            MprProblem p = randomProblem(new SplittableRandom(seed));
            for (MprSelection selection : List.of(new Rfc3626MprSelection(), new LqMprSelection(1), new LqMprSelection(7))) {
                SortedSet<NodeAddress> mpr = selection.select(p);
                for (NodeAddress z : p.strictTwoHop()) {
                    boolean covered = p.twoHopLinks().stream()
                            .anyMatch(l -> l.twoHop().equals(z) && mpr.contains(l.neighbor()));
                    assertThat(covered).as("seed %d, %s: 2-hop %s covered by %s", seed,
                            selection.getClass().getSimpleName(), z, mpr).isTrue();
                }
                assertThat(mpr).allMatch(y -> p.willingness(y) != Willingness.NEVER);
                p.neighborWillingness().forEach((y, w) -> {
                    if (w == Willingness.ALWAYS) {
                        assertThat(mpr).contains(y);
                    }
                });
                assertThat(p.neighborWillingness().keySet()).containsAll(mpr);
            }
        }
    }

    /** A random geometric graph around node 1 (the selecting node), with random willingness and costs. */
    private static MprProblem randomProblem(SplittableRandom rnd) {
        int count = 10 + rnd.nextInt(40);
        double[][] pos = new double[count + 1][2];
        for (int i = 1; i <= count; i++) {
            pos[i][0] = rnd.nextDouble();
            pos[i][1] = rnd.nextDouble();
        }
        double range = 0.2 + rnd.nextDouble() * 0.25;
        TreeMap<NodeAddress, Integer> will = new TreeMap<>();
        TreeMap<NodeAddress, Double> cost = new TreeMap<>();
        int[] choices = {Willingness.NEVER, Willingness.LOW, Willingness.DEFAULT, Willingness.DEFAULT,
            Willingness.HIGH, Willingness.ALWAYS};
        for (int y = 2; y <= count; y++) {
            if (dist(pos, 1, y) < range) {
                will.put(n(y), rnd.nextInt(5) == 0 ? choices[rnd.nextInt(choices.length)] : Willingness.DEFAULT);
                cost.put(n(y), 1.0 + rnd.nextDouble() * 3);
            }
        }
        List<MprProblem.TwoHopLink> links = new ArrayList<>();
        for (NodeAddress y : will.keySet()) {
            int yi = y.value() & 0xFFFF;
            for (int z = 2; z <= count; z++) {
                if (z != yi && dist(pos, yi, z) < range) {
                    links.add(new MprProblem.TwoHopLink(y, n(z), 1.0 + rnd.nextDouble() * 3));
                }
            }
        }
        return new MprProblem(will, cost, links);
    }

    private static double dist(double[][] p, int a, int b) {
        return Math.hypot(p[a][0] - p[b][0], p[a][1] - p[b][1]);
    }
}
