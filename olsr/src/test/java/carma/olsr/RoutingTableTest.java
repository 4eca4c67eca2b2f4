package carma.olsr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RoutingTableTest {

    private static Route route(Ipv4Prefix p, String nextHop) {
        NodeAddress hop = NodeAddress.parse(nextHop);
        return new Route(p, hop, 1, 1.0, hop);
    }

    @Test
    void lookupPrefersTheLongestMatchingPrefix() {
        TreeMap<Ipv4Prefix, Route> routes = new TreeMap<>();
        Ipv4Prefix host = Ipv4Prefix.host(NodeAddress.parse("192.168.1.7"));
        Ipv4Prefix lan = Ipv4Prefix.of(NodeAddress.parse("192.168.1.0"), 24);
        Ipv4Prefix wide = Ipv4Prefix.of(NodeAddress.parse("192.168.0.0"), 16);
        routes.put(host, route(host, "10.0.0.1"));
        routes.put(lan, route(lan, "10.0.0.2"));
        routes.put(wide, route(wide, "10.0.0.3"));
        routes.put(Ipv4Prefix.DEFAULT_ROUTE, route(Ipv4Prefix.DEFAULT_ROUTE, "10.0.0.4"));
        RoutingTable t = new RoutingTable(NodeAddress.parse("10.0.0.9"), routes);
        assertThat(t.lookup(NodeAddress.parse("192.168.1.7")).orElseThrow().destination()).isEqualTo(host);
        assertThat(t.lookup(NodeAddress.parse("192.168.1.8")).orElseThrow().destination()).isEqualTo(lan);
        assertThat(t.lookup(NodeAddress.parse("192.168.9.8")).orElseThrow().destination()).isEqualTo(wide);
        assertThat(t.lookup(NodeAddress.parse("8.8.8.8")).orElseThrow().destination()).isEqualTo(Ipv4Prefix.DEFAULT_ROUTE);
        routes.remove(Ipv4Prefix.DEFAULT_ROUTE);
        assertThat(new RoutingTable(t.node(), routes).lookup(NodeAddress.parse("8.8.8.8"))).isEmpty();
        assertThat(t.defaultRoute()).isPresent();
    }

    @Test
    void addressesAndPrefixesParseAndValidate() {
        assertThat(NodeAddress.parse("10.0.0.255").toString()).isEqualTo("10.0.0.255");
        assertThat(NodeAddress.parse("255.0.0.1").compareTo(NodeAddress.parse("10.0.0.1"))).isPositive();
        assertThat(Ipv4Prefix.of(NodeAddress.parse("10.1.0.0"), 16).toString()).isEqualTo("10.1.0.0/16");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ipv4Prefix.of(NodeAddress.parse("10.1.0.1"), 16))
                .hasMessageContaining("host bits");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NodeAddress.parse("10.0.0"))
                .hasMessageContaining("dotted-quad");
    }
}
