package carma.olsr.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.olsr.NodeAddress;
import carma.olsr.lq.EtxFfEstimator;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.wire.LinkCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link MprCalculator} against the reference {@code selection.select(MprProblems.of(...))} on
 * information bases filled through the public API of the state classes.
 */
class MprCalculatorTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 10_000 * MS;
    /** Selection time: links with a short validity were symmetric at T0 (neighbour set) but not now. */
    private static final long T1 = T0 + 2 * MS;
    private static final long HELLO_NS = 2_000 * MS;
    private static final long HOLD_NS = 6_000 * MS;
    private static final long VALID_NS = 6_000 * MS;
    /** MPR selection modes: 0 is RFC 3626, otherwise link quality with this MPR coverage. */
    private static final int[] MODES = {0, 1, 2, 3, 7};
    private static final double[] TWO_HOP_COSTS = {1.0, 1.0, 1.5, 2.0, 2.0, 3.0, 4.0, 255.0 * 255 / (128 * 255),
        Double.POSITIVE_INFINITY};

    private static final NodeAddress LOW = NodeAddress.parse("10.0.0.1");
    private static final NodeAddress HIGH = NodeAddress.parse("192.168.0.1"); // negative as an int

    @Test
    void givesTheReferenceMprSetOnThousandsOfRandomNeighbourhoods() {
        MprCalculator[] calculators = calculators(); // one per mode, reused across all neighbourhoods
        int nonEmpty = 0;
        for (long seed = 1; seed <= 3000; seed++) {
            InformationBases b = randomBases(new SplittableRandom(seed));
            for (int m = 0; m < MODES.length; m++) {
                assertSameAsReference(calculators[m], b, MODES[m], T1, "seed " + seed);
                nonEmpty += b.mprSet().isEmpty() ? 0 : 1;
            }
        }
        assertThat(nonEmpty).as("neighbourhoods with MPRs").isGreaterThan(10_000);
    }

    @Test
    void oneCalculatorFollowsAGrowingThenShrinkingNeighbourhood() {
        for (int m = 0; m < MODES.length; m++) {
            MprCalculator calculator = new MprCalculator(MODES[m] != 0, Math.max(1, MODES[m]));
            for (long seed = 1; seed <= 20; seed++) {
                SplittableRandom rnd = new SplittableRandom(seed);
                NodeAddress[] pool = addresses(rnd, 90);
                InformationBases b = new InformationBases(pool[0]);
                long nowNs = T0;
                for (int step = 0; step < 400; step++) {
                    nowNs += rnd.nextLong(400 * MS);
                    mutate(b, rnd, pool, nowNs, step < 200);
                    long selectNs = rnd.nextBoolean() ? nowNs : nowNs + rnd.nextLong(3_000 * MS);
                    assertSameAsReference(calculator, b, MODES[m], selectNs, "seed " + seed + " step " + step);
                }
            }
        }
    }

    @Test
    void rfcResultCoversEveryStrictTwoHopNeighbour() {
        MprCalculator calculator = new MprCalculator(false, 1);
        for (long seed = 1; seed <= 500; seed++) {
            InformationBases b = randomBases(new SplittableRandom(seed));
            calculator.update(b, T1);
            MprProblem p = MprProblems.of(b, false, T1);
            SortedSet<NodeAddress> mpr = b.mprSet();
            for (NodeAddress z : p.strictTwoHop()) {
                assertThat(p.twoHopLinks()).as("seed %d: 2-hop %s covered by %s", seed, z, mpr)
                        .anyMatch(l -> l.twoHop().equals(z) && mpr.contains(l.neighbor()));
            }
            assertThat(mpr).allMatch(y -> p.willingness(y) != Willingness.NEVER);
        }
    }

    @Test
    void remainingTiesGoToTheLowestUnsignedAddress() {
        InformationBases b = new InformationBases(NodeAddress.parse("10.0.0.100"));
        for (NodeAddress y : List.of(HIGH, LOW)) {
            symmetricLink(b, y);
            b.twoHop().put(y, NodeAddress.parse("10.0.1.1"), 1.0, T1 + VALID_NS);
            b.twoHop().put(y, NodeAddress.parse("10.0.1.2"), 1.0, T1 + VALID_NS);
        }
        b.neighbors().rebuild(b.links(), b.mid(), T0);
        for (int mode : new int[] {0, 1}) {
            assertThat(new MprCalculator(mode != 0, 1).update(b, T1)).isEqualTo(mode == 0);
            assertThat(b.mprSet()).as("mode %d", mode).containsExactly(LOW);
            assertSameAsReference(new MprCalculator(mode != 0, 1), b, mode, T1, "mode " + mode);
        }
    }

    @Test
    void anUncoverableTwoHopNeighbourFailsLikeTheReference() {
        // a willingness below -1 (not a protocol value) makes the RFC greedy step find no provider
        InformationBases b = new InformationBases(NodeAddress.parse("10.0.0.100"));
        for (NodeAddress y : List.of(HIGH, LOW)) {
            symmetricLink(b, y);
            b.neighbors().setWillingness(y, -5);
            b.twoHop().put(y, NodeAddress.parse("10.0.1.1"), 1.0, T1 + VALID_NS);
        }
        b.neighbors().rebuild(b.links(), b.mid(), T0);
        MprProblem p = MprProblems.of(b, false, T1);
        assertThatThrownBy(() -> new Rfc3626MprSelection().select(p))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("uncovered 2-hop neighbours without provider: [10.0.1.1]");
        assertThatThrownBy(() -> new MprCalculator(false, 1).update(b, T1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("uncovered 2-hop neighbours without provider: [10.0.1.1]");
    }

    private static MprCalculator[] calculators() {
        MprCalculator[] out = new MprCalculator[MODES.length];
        for (int m = 0; m < MODES.length; m++) {
            out[m] = new MprCalculator(MODES[m] != 0, Math.max(1, MODES[m]));
        }
        return out;
    }

    private static void assertSameAsReference(MprCalculator calculator, InformationBases b, int mode, long nowNs,
                                              String what) {
        MprSelection selection = mode == 0 ? new Rfc3626MprSelection() : new LqMprSelection(mode);
        SortedSet<NodeAddress> expected = selection.select(MprProblems.of(b, mode != 0, nowNs));
        SortedSet<NodeAddress> before = b.mprSet();
        boolean changed = calculator.update(b, nowNs);
        assertThat(b.mprSet()).as("%s, mode %d", what, mode).containsExactlyElementsOf(expected);
        assertThat(changed).as("%s, mode %d: changed", what, mode).isEqualTo(!expected.equals(before));
    }

    /**
     * A random geometric neighbourhood around node 0 (this node): up to 40 neighbours within range,
     * every neighbour's 2-hop links (which include this node and other neighbours), some links
     * asymmetric, lost or expiring between T0 and T1, MID aliases, links that appeared after the
     * neighbour set was rebuilt, and random willingness with NEVER and ALWAYS.
     */
    private static InformationBases randomBases(SplittableRandom rnd) {
        int count = 1 + rnd.nextInt(150);
        NodeAddress[] addr = addresses(rnd, count + 1 + 60);
        double[][] pos = new double[count + 1][2];
        for (int i = 1; i <= count; i++) {
            pos[i][0] = rnd.nextDouble() - 0.5;
            pos[i][1] = rnd.nextDouble() - 0.5;
        }
        double range = 0.05 + rnd.nextDouble() * 0.3;
        double special = rnd.nextDouble() * 0.5;
        InformationBases b = new InformationBases(addr[0]);
        List<Integer> neighbors = new ArrayList<>();
        int alias = count + 1;
        for (int i = 1; i <= count && neighbors.size() < 40; i++) {
            if (dist(pos, 0, i) < range) {
                neighbors.add(i);
                alias = addInterfaces(b, rnd, addr, i, alias);
                if (rnd.nextDouble() < 0.8) {
                    b.neighbors().setWillingness(addr[i], willingness(rnd, special));
                }
            }
        }
        b.neighbors().rebuild(b.links(), b.mid(), T0);
        for (int late = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(3) : 0; late > 0; late--) {
            link(b, rnd, addr[1 + rnd.nextInt(count)], LinkCode.SYM_LINK, VALID_NS); // not in the neighbour set
        }
        List<Integer> via = new ArrayList<>(neighbors);
        via.add(1 + rnd.nextInt(count)); // usually not a symmetric neighbour: its tuples do not count
        for (int y : via) {
            for (int z = 0; z <= count; z++) {
                if (z != y && dist(pos, y, z) < range) {
                    b.twoHop().put(addr[y], addr[z], TWO_HOP_COSTS[rnd.nextInt(TWO_HOP_COSTS.length)], T1 + VALID_NS);
                }
            }
            if (rnd.nextInt(10) == 0 && alias > count + 1) { // a stale alias reported as a 2-hop node
                b.twoHop().put(addr[y], addr[count + 1 + rnd.nextInt(alias - count - 1)], 1.0, T1 + VALID_NS);
            }
        }
        return b;
    }

    /** Links to node i: its main address, main and an alias, or only an alias; returns the next alias. */
    private static int addInterfaces(InformationBases b, SplittableRandom rnd, NodeAddress[] addr, int i, int alias) {
        int roll = rnd.nextInt(100);
        if (roll < 85 || alias == addr.length) {
            randomLink(b, rnd, addr[i]);
            return alias;
        }
        b.mid().put(addr[alias], addr[i], T1 + VALID_NS);
        randomLink(b, rnd, addr[alias]);
        if (roll < 93) {
            randomLink(b, rnd, addr[i]);
        }
        return alias + 1;
    }

    private static void randomLink(InformationBases b, SplittableRandom rnd, NodeAddress iface) {
        int roll = rnd.nextInt(20);
        if (roll < 14) {
            link(b, rnd, iface, LinkCode.SYM_LINK, VALID_NS);
        } else if (roll < 17) {
            link(b, rnd, iface, -1, VALID_NS); // heard, not listed: asymmetric
        } else if (roll < 18) {
            link(b, rnd, iface, LinkCode.LOST_LINK, VALID_NS);
        } else {
            link(b, rnd, iface, LinkCode.SYM_LINK, MS); // symmetric at T0, no longer at T1
        }
    }

    private static void link(InformationBases b, SplittableRandom rnd, NodeAddress iface, int listedLinkType,
                             long validityNs) {
        LinkTuple l = b.links().findOrCreate(iface, T0);
        b.links().onHello(l, T0, validityNs, listedLinkType, HELLO_NS, HOLD_NS);
        setQuality(l, rnd);
    }

    /**
     * Publishes one of a few LQ/NLQ combinations, so that equal ETX costs are common. A loss-free
     * history gives LQ 255 and so ETX 255 / NLQ: 1, 3 or 5 with NLQ 255, 85 or 51, which with 2-hop
     * costs 2 and 4 makes 2-hop paths exactly as expensive as direct links.
     */
    private static void setQuality(LinkTuple l, SplittableRandom rnd) {
        int[] packets = {0, 20, 60, 200, 200};
        int[] nlq = {0, 30, 51, 85, 128, 255, 255};
        if (rnd.nextInt(3) == 0) {
            lossFreeHistory(l);
        } else {
            int k = packets[rnd.nextInt(packets.length)];
            for (int s = 1; s <= k; s++) {
                l.estimator().onPacket(s);
            }
            l.estimator().slideWindow(1000);
        }
        l.estimator().onNeighborLq(nlq[rnd.nextInt(nlq.length)]);
        l.estimator().publish();
    }

    /** One packet per window until every window slot has been cleared of its initial total: LQ 255. */
    private static void lossFreeHistory(LinkTuple l) {
        for (int w = 0; w <= EtxFfEstimator.WINDOW; w++) {
            l.estimator().onPacket(1 + w);
            l.estimator().slideWindow(1000);
        }
    }

    private static int willingness(SplittableRandom rnd, double special) {
        if (rnd.nextDouble() >= special) {
            return Willingness.DEFAULT;
        }
        int[] choices = {Willingness.NEVER, Willingness.LOW, Willingness.HIGH, Willingness.ALWAYS};
        return choices[rnd.nextInt(choices.length)];
    }

    /**
     * One step of an evolving neighbourhood: HELLOs (mostly symmetric while growing, mostly lost while
     * shrinking) with new willingness, 2-hop tuples added or removed, MID aliases, expiry.
     */
    private static void mutate(InformationBases b, SplittableRandom rnd, NodeAddress[] pool, long nowNs,
                               boolean growing) {
        for (int op = 1 + rnd.nextInt(4); op > 0; op--) {
            NodeAddress a = pool[1 + rnd.nextInt(pool.length - 1)];
            NodeAddress z = pool[rnd.nextInt(pool.length)];
            int roll = rnd.nextInt(10);
            if (roll < 4) {
                int type = rnd.nextInt(10) < (growing ? 8 : 3) ? LinkCode.SYM_LINK
                        : rnd.nextBoolean() ? LinkCode.LOST_LINK : -1;
                LinkTuple l = b.links().findOrCreate(a, nowNs);
                b.links().onHello(l, nowNs, 500 * MS + rnd.nextLong(VALID_NS), type, HELLO_NS, HOLD_NS);
                setQuality(l, rnd);
                b.neighbors().setWillingness(b.mid().mainAddress(a), willingness(rnd, 0.3));
                b.neighbors().rebuild(b.links(), b.mid(), nowNs);
            } else if (roll < (growing ? 8 : 6)) {
                b.twoHop().put(b.mid().mainAddress(a), z, TWO_HOP_COSTS[rnd.nextInt(TWO_HOP_COSTS.length)],
                        nowNs + rnd.nextLong(VALID_NS));
            } else if (roll < 9) {
                if (rnd.nextBoolean()) {
                    b.twoHop().remove(a, z);
                } else {
                    b.twoHop().removeNeighbor(a);
                }
            } else if (rnd.nextBoolean()) {
                b.mid().put(a, z, nowNs + rnd.nextLong(VALID_NS));
            } else {
                b.links().expire(nowNs);
                b.twoHop().expire(nowNs);
                b.mid().expire(nowNs);
                b.neighbors().rebuild(b.links(), b.mid(), nowNs);
            }
        }
    }

    /** Distinct addresses from 10.0.0.0/20 and 192.168.0.0/20, so that unsigned order matters. */
    private static NodeAddress[] addresses(SplittableRandom rnd, int n) {
        LinkedHashSet<Integer> values = new LinkedHashSet<>();
        while (values.size() < n) {
            values.add((rnd.nextBoolean() ? 0x0A000000 : 0xC0A80000) | rnd.nextInt(1 << 12));
        }
        return values.stream().map(NodeAddress::new).toArray(NodeAddress[]::new);
    }

    /** A symmetric link of good quality (the same ETX for every such link). */
    private static void symmetricLink(InformationBases b, NodeAddress y) {
        LinkTuple l = b.links().findOrCreate(y, T0);
        b.links().onHello(l, T0, VALID_NS, LinkCode.SYM_LINK, HELLO_NS, HOLD_NS);
        for (int s = 1; s <= 200; s++) {
            l.estimator().onPacket(s);
        }
        l.estimator().onNeighborLq(255);
        l.estimator().slideWindow(1000);
        l.estimator().publish();
    }

    private static double dist(double[][] p, int a, int b) {
        return Math.hypot(p[a][0] - p[b][0], p[a][1] - p[b][1]);
    }
}
