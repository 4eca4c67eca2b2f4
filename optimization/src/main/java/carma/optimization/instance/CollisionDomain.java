package carma.optimization.instance;

import java.util.List;

/**
 * The collision domain I(e) of mesh link {@code link}: the links that cannot transmit at the same
 * time as it, including the link itself.
 */
public record CollisionDomain(LinkRef link, List<LinkRef> interferes) {
    public CollisionDomain {
        interferes = List.copyOf(interferes);
    }
}
