package carma.olsr.state;

import static org.assertj.core.api.Assertions.assertThat;

import carma.olsr.NodeAddress;
import carma.olsr.state.TopologySet.Advertised;
import carma.olsr.state.TopologySet.EdgeChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologySetTest {

    private static final NodeAddress O = NodeAddress.ofIndex(1);
    private static final NodeAddress X = NodeAddress.ofIndex(2);
    private static final NodeAddress Y = NodeAddress.ofIndex(3);
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void tcProcessingFollowsAnsnOrderAndReportsEveryEdgeChange() {
        TopologySet t = new TopologySet();
        List<EdgeChange> changes = new ArrayList<>();
        assertThat(t.onTc(O, 10, List.of(new Advertised(X, 1.0), new Advertised(Y, 2.0)), 100, changes))
                .isEqualTo(TopologySet.TcOutcome.CHANGED);
        assertThat(changes).containsExactly(new EdgeChange(O, X, INF, 1.0), new EdgeChange(O, Y, INF, 2.0));
        assertThat(t.size()).isEqualTo(2);
        changes.clear();
        // same ANSN, same content: a refresh
        assertThat(t.onTc(O, 10, List.of(new Advertised(X, 1.0)), 200, changes)).isEqualTo(TopologySet.TcOutcome.REFRESHED);
        assertThat(changes).isEmpty();
        // an older ANSN is ignored (RFC 3626 §9.5 step 2)
        assertThat(t.onTc(O, 9, List.of(), 300, changes)).isEqualTo(TopologySet.TcOutcome.IGNORED_OLD);
        // a newer ANSN replaces the originator's tuples: Y disappears, X changes cost
        assertThat(t.onTc(O, 11, List.of(new Advertised(X, 3.0)), 300, changes)).isEqualTo(TopologySet.TcOutcome.CHANGED);
        assertThat(changes).containsExactly(new EdgeChange(O, X, 1.0, 3.0), new EdgeChange(O, Y, 2.0, INF));
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.cost(O, X)).isEqualTo(3.0);
        assertThat(t.contains(O, Y)).isFalse();
        // expiry removes the rest
        assertThat(t.expire(301)).isTrue();
        assertThat(t.size()).isZero();
        assertThat(t.all()).isEmpty();
    }

    @Test
    void sequenceNumbersWrapAround() {
        assertThat(SequenceNumbers.isNewer(0, 65535)).isTrue();
        assertThat(SequenceNumbers.isNewer(65535, 0)).isFalse();
        assertThat(SequenceNumbers.isNewer(100, 99)).isTrue();
        assertThat(SequenceNumbers.isNewer(99, 100)).isFalse();
        assertThat(SequenceNumbers.next(65535)).isZero();
    }
}
