package carma.radio.propagation;

import carma.radio.deployment.Cell;
import carma.radio.deployment.Deployment;
import carma.radio.geometry.Grid;
import java.util.List;

/**
 * AROMA's propagation matrix (paper §5.2.3): at initialisation, the loss between every cell and
 * every point of a grid spaced at the shadowing decorrelation distance is computed once from the
 * propagation chain; at run time a user's loss is the value at its nearest grid point. Losses are
 * stored as {@code float} dB, one row per cell. Cells wrap around the service area like users
 * ({@link #compute}). Indoor penetration is per user and RAN, so it is
 * added by the caller, not stored here.
 */
public final class PropagationMatrix {
    private final Grid grid;
    private final float[][] lossDb;

    private PropagationMatrix(Grid grid, float[][] lossDb) {
        this.grid = grid;
        this.lossDb = lossDb;
    }

    /**
     * Evaluates the chain for every (cell, grid point). The service area wraps around for cells as
     * it does for users (AROMA §5.2.2): the geometric terms see the image of the grid point nearest
     * to the cell's antenna on the torus (each coordinate difference folded into [−size/2, size/2]),
     * so a cell near one border covers and interferes beyond the opposite one; the shadowing map is
     * indexed by the grid point itself.
     */
    public static PropagationMatrix compute(Deployment deployment, Grid grid, List<LossTerm> chain) {
        List<Cell> cells = deployment.cells();
        double widthM = deployment.area().widthM();
        double heightM = deployment.area().heightM();
        float[][] loss = new float[cells.size()][grid.size()];
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            double cx = cell.position().xM();
            double cy = cell.position().yM();
            float[] row = loss[c];
            for (int g = 0; g < row.length; g++) {
                double x = cx + nearestImageOffset(grid.xM(g) - cx, widthM);
                double y = cy + nearestImageOffset(grid.yM(g) - cy, heightM);
                double sum = 0;
                for (int t = 0; t < chain.size(); t++) {
                    sum += chain.get(t).lossDb(cell, x, y, g);
                }
                row[g] = (float) sum;
            }
        }
        return new PropagationMatrix(grid, loss);
    }

    /** The offset {@code d} folded onto a torus of circumference {@code size}: in [−size/2, size/2]. */
    static double nearestImageOffset(double d, double size) {
        return d - size * Math.rint(d / size);
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
