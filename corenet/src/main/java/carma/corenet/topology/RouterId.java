package carma.corenet.topology;

import java.util.Objects;

/**
 * A router of the core: its role and a number ({@code IR1}, {@code ER}, {@code CR3}). The number is
 * 1-based; the single egress router of the reference is {@code ER} (number 0, no suffix).
 */
public record RouterId(RouterKind kind, int number) implements Comparable<RouterId> {
    public RouterId {
        Objects.requireNonNull(kind, "kind");
        if (number < 0) {
            throw new IllegalArgumentException("router number must be >= 0, got " + number);
        }
    }

    public static RouterId ingress(int number) {
        return new RouterId(RouterKind.INGRESS, number);
    }

    public static RouterId core(int number) {
        return new RouterId(RouterKind.CORE, number);
    }

    /** The egress router; {@code egress(0)} prints as {@code ER}. */
    public static RouterId egress(int number) {
        return new RouterId(RouterKind.EGRESS, number);
    }

    /** Parses {@code IR1}, {@code CR4}, {@code ER} or {@code ER2}. */
    public static RouterId parse(String text) {
        for (RouterKind k : RouterKind.values()) {
            if (text.startsWith(k.prefix())) {
                String rest = text.substring(k.prefix().length());
                if (rest.isEmpty()) {
                    return new RouterId(k, 0);
                }
                if (rest.chars().allMatch(Character::isDigit) && rest.length() < 6) {
                    return new RouterId(k, Integer.parseInt(rest));
                }
            }
        }
        throw new IllegalArgumentException("not a router name (IRn, ERn, CRn): " + text);
    }

    public boolean isEdge() {
        return kind != RouterKind.CORE;
    }

    @Override
    public int compareTo(RouterId o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return number == 0 ? kind.prefix() : kind.prefix() + number;
    }
}
