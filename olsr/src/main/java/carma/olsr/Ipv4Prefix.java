package carma.olsr;

/**
 * An IPv4 network as carried in an HNA message: network address and netmask (RFC 3626 §12.1).
 * The netmask must be contiguous and the network must have no host bits set.
 */
public record Ipv4Prefix(NodeAddress network, NodeAddress netmask) implements Comparable<Ipv4Prefix> {

    /** 0.0.0.0/0, the default route advertised by Internet gateways. */
    public static final Ipv4Prefix DEFAULT_ROUTE = new Ipv4Prefix(NodeAddress.ANY, NodeAddress.ANY);

    public Ipv4Prefix {
        int mask = netmask.value();
        int inverted = ~mask;
        if ((inverted & (inverted + 1)) != 0) {
            throw new IllegalArgumentException("netmask is not contiguous: " + netmask);
        }
        if ((network.value() & ~mask) != 0) {
            throw new IllegalArgumentException("network " + network + " has host bits outside netmask " + netmask);
        }
    }

    /** A prefix from a network and a prefix length 0..32. */
    public static Ipv4Prefix of(NodeAddress network, int prefixLength) {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length out of range 0..32: " + prefixLength);
        }
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        return new Ipv4Prefix(network, new NodeAddress(mask));
    }

    /** The /32 prefix of one host. */
    public static Ipv4Prefix host(NodeAddress address) {
        return of(address, 32);
    }

    public int prefixLength() {
        return Integer.bitCount(netmask.value());
    }

    public boolean contains(NodeAddress address) {
        return (address.value() & netmask.value()) == network.value();
    }

    @Override
    public int compareTo(Ipv4Prefix other) {
        int c = network.compareTo(other.network);
        return c != 0 ? c : Integer.compare(prefixLength(), other.prefixLength());
    }

    @Override
    public String toString() {
        return network + "/" + prefixLength();
    }
}
