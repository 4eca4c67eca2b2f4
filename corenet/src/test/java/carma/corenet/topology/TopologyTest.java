package carma.corenet.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {
    private static List<RouterId> path(String... names) {
        return java.util.Arrays.stream(names).map(RouterId::parse).toList();
    }

    @Test
    void fishHasSevenRoutersAndFourteenLinkDirections() {
        Topology t = Topology.referenceFish();
        assertThat(t.routers()).extracting(RouterId::toString)
                .containsExactly("IR1", "IR2", "ER", "CR1", "CR2", "CR3", "CR4");
        assertThat(t.links()).hasSize(14);
        assertThat(t.link(RouterId.parse("CR1"), RouterId.parse("CR2")).orElseThrow().rateBps()).isEqualTo(10_000_000L);
    }

    @Test
    void ipRoutesTakeTheShortPathBothWays() {
        Topology t = Topology.referenceFish();
        assertThat(t.route(RouterId.parse("IR1"), RouterId.parse("ER"))).isEqualTo(path("IR1", "CR1", "CR2", "ER"));
        assertThat(t.route(RouterId.parse("ER"), RouterId.parse("IR2"))).isEqualTo(path("ER", "CR2", "CR1", "IR2"));
        assertThat(t.route(RouterId.parse("IR1"), RouterId.parse("IR2"))).isEqualTo(path("IR1", "CR1", "IR2"));
    }

    @Test
    void explicitLongPathIsLinkedAndABrokenOneIsRefused() {
        Topology t = Topology.referenceFish();
        assertThat(t.linksAlong(path("IR1", "CR1", "CR3", "CR4", "ER"))).hasSize(4);
        assertThatThrownBy(() -> t.linksAlong(path("IR1", "CR2"))).hasMessageContaining("no link IR1->CR2");
    }

    @Test
    void routerNamesRoundTrip() {
        for (String s : List.of("IR1", "IR12", "ER", "ER2", "CR4")) {
            assertThat(RouterId.parse(s).toString()).isEqualTo(s);
        }
        assertThatThrownBy(() -> RouterId.parse("XR1")).hasMessageContaining("not a router name");
    }

    @Test
    void duplicateLinkAndUnknownRouterAreRejected() {
        LinkSpec a = new LinkSpec(RouterId.parse("IR1"), RouterId.parse("ER"), 1_000_000, 0);
        assertThatThrownBy(() -> new Topology(List.of(a, a))).hasMessageContaining("given twice");
        assertThatThrownBy(() -> new Topology(List.of(a)).routerIndex(RouterId.parse("CR1")))
                .hasMessageContaining("no router CR1");
    }

    @Test
    void transmissionTimeIsRoundedUp() {
        LinkSpec l = new LinkSpec(RouterId.parse("IR1"), RouterId.parse("CR1"), 3, 0);
        assertThat(l.transmissionNs(1)).isEqualTo(2_666_666_667L);
    }
}
