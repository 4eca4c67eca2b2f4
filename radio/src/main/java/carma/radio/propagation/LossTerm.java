package carma.radio.propagation;

import carma.radio.deployment.Cell;

/**
 * One link of the propagation chain: a loss (positive) or gain (negative) in dB between a cell's
 * antenna and a grid point. The matrix sums the chain's terms.
 */
@FunctionalInterface
public interface LossTerm {
    double lossDb(Cell cell, double xM, double yM, int gridIndex);

    /** Mean path loss of the cell's carrier, by the cell's model. */
    static LossTerm pathLoss(java.util.function.Function<Cell, PathLossModel> modelOfCell) {
        return new PathLossTerm(modelOfCell);
    }

    /** Minus the transmit antenna gain towards the point. */
    static LossTerm antennaGain() {
        return (cell, x, y, g) -> -cell.antenna().gainDbi(Math.atan2(y - cell.position().yM(), x - cell.position().xM()));
    }

    /** The shadowing map of the cell's site. */
    static LossTerm shadowing(ShadowingField[] fieldOfSite) {
        return (cell, x, y, g) -> fieldOfSite[cell.site()].lossDb(g);
    }
}
