package carma.radio.propagation;

import carma.radio.deployment.Cell;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/** The path loss part of the chain: each cell's model at the point's distance from the antenna. */
final class PathLossTerm implements LossTerm {
    private final Function<Cell, PathLossModel> modelOfCell;
    private final Map<Cell, PathLossModel> cache = new IdentityHashMap<>();

    PathLossTerm(Function<Cell, PathLossModel> modelOfCell) {
        this.modelOfCell = modelOfCell;
    }

    @Override
    public double lossDb(Cell cell, double xM, double yM, int gridIndex) {
        return cache.computeIfAbsent(cell, modelOfCell).pathLossDb(cell.position().distanceM(xM, yM));
    }
}
