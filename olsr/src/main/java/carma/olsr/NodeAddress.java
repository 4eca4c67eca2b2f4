package carma.olsr;

/**
 * An IPv4 address of an OLSR node or interface, held as the 32-bit value in network byte order
 * semantics (most significant byte first). Ordering is the unsigned numeric order of the address.
 */
public record NodeAddress(int value) implements Comparable<NodeAddress> {

    /** 0.0.0.0, used as the network of the default route. */
    public static final NodeAddress ANY = new NodeAddress(0);

    /** Parses a dotted-quad IPv4 address such as {@code 10.0.0.1}. */
    public static NodeAddress parse(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a dotted-quad IPv4 address: '" + dotted + "'");
        }
        int v = 0;
        for (String part : parts) {
            int octet;
            try {
                octet = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a dotted-quad IPv4 address: '" + dotted + "'", e);
            }
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("octet out of range in '" + dotted + "'");
            }
            v = (v << 8) | octet;
        }
        return new NodeAddress(v);
    }

    /** Convenience for tests and scenarios: 10.0.x.y for a small node index (1..65534). */
    public static NodeAddress ofIndex(int index) {
        if (index < 1 || index > 0xFFFE) {
            throw new IllegalArgumentException("node index out of range 1..65534: " + index);
        }
        return new NodeAddress((10 << 24) | index);
    }

    @Override
    public int compareTo(NodeAddress other) {
        return Integer.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return ((value >>> 24) & 0xFF) + "." + ((value >>> 16) & 0xFF) + "."
                + ((value >>> 8) & 0xFF) + "." + (value & 0xFF);
    }
}
