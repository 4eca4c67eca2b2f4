package carma.radio.deployment;

import carma.radio.geometry.ServiceArea;
import java.util.List;

/** The network deployment: service area, RANs and their cells (ids dense from 0, in list order). */
public record Deployment(ServiceArea area, List<Ran> rans, List<Cell> cells) {
    public Deployment {
        rans = List.copyOf(rans);
        cells = List.copyOf(cells);
        for (int i = 0; i < rans.size(); i++) {
            if (rans.get(i).id().value() != i) {
                throw new IllegalArgumentException("RAN ids must be dense in list order: " + rans.get(i).name());
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.id().value() != i) {
                throw new IllegalArgumentException("cell ids must be dense in list order: " + c.name());
            }
            if (c.ran().value() >= rans.size() || rans.get(c.ran().value()).technology() != c.technology()) {
                throw new IllegalArgumentException("cell " + c.name() + " belongs to an unknown RAN or one of another technology");
            }
            if (!area.contains(c.position().xM(), c.position().yM())) {
                throw new IllegalArgumentException("cell " + c.name() + " lies outside the service area");
            }
        }
    }

    public Cell cell(int index) {
        return cells.get(index);
    }

    public Ran ran(RanId id) {
        return rans.get(id.value());
    }

    public int siteCount() {
        int max = -1;
        for (Cell c : cells) {
            max = Math.max(max, c.site());
        }
        return max + 1;
    }
}
