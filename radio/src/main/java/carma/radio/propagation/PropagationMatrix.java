package carma.radio.propagation;

import carma.radio.deployment.Cell;
import carma.radio.deployment.Deployment;
import carma.radio.geometry.Grid;
import java.util.List;

/**
 * AROMA's propagation matrix (paper §5.2.3): at initialisation, the loss between every cell and
 * every point of a grid spaced at the shadowing decorrelation distance is computed once from the
 * propagation chain; at run time a user's loss is the value at its nearest grid point. Losses are
 * stored as {@code float} dB, one row per cell. Indoor penetration is per user and RAN, so it is
 * added by the caller, not stored here.
 */
public final class PropagationMatrix {
    private final Grid grid;
    private final float[][] lossDb;

    private PropagationMatrix(Grid grid, float[][] lossDb) {
        this.grid = grid;
        this.lossDb = lossDb;
    }

    /** Evaluates the chain for every (cell, grid point). */
    public static PropagationMatrix compute(Deployment deployment, Grid grid, List<LossTerm> chain) {
        List<Cell> cells = deployment.cells();
        float[][] loss = new float[cells.size()][grid.size()];
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            float[] row = loss[c];
            for (int g = 0; g < row.length; g++) {
                double x = grid.xM(g);
                double y = grid.yM(g);
                double sum = 0;
                for (int t = 0; t < chain.size(); t++) {
                    sum += chain.get(t).lossDb(cell, x, y, g);
                }
                row[g] = (float) sum;
            }
        }
        return new PropagationMatrix(grid, loss);
    }

    public Grid grid() {
        return grid;
    }

    public int cells() {
        return lossDb.length;
    }

    /** Coupling loss in dB between a cell and a grid point (path loss − antenna gain + shadowing). */
    public double lossDb(int cell, int gridIndex) {
        return lossDb[cell][gridIndex];
    }

    /** Loss at the grid point nearest to (x, y). */
    public double lossDbAt(int cell, double xM, double yM) {
        return lossDb[cell][grid.nearestIndex(xM, yM)];
    }

    /** Bytes held by the matrix. */
    public long memoryBytes() {
        return 4L * lossDb.length * grid.size();
    }
}
