package carma.radio.geometry;

/**
 * The regular grid of the propagation matrix: points every {@code spacingM} metres (the shadowing
 * decorrelation distance, AROMA paper §5.2.3) covering the service area including its far edges.
 * Point {@code (ix, iy)} has index {@code iy * nx + ix}.
 */
public final class Grid {
    private final ServiceArea area;
    private final double spacingM;
    private final int nx;
    private final int ny;

    public Grid(ServiceArea area, double spacingM) {
        if (!(spacingM > 0)) {
            throw new IllegalArgumentException("grid spacing must be positive, got " + spacingM + " m");
        }
        this.area = area;
        this.spacingM = spacingM;
        this.nx = (int) Math.ceil(area.widthM() / spacingM) + 1;
        this.ny = (int) Math.ceil(area.heightM() / spacingM) + 1;
        if ((long) nx * ny > 50_000_000L) {
            throw new IllegalArgumentException("grid of " + nx + " × " + ny + " points is too large");
        }
    }

    public ServiceArea area() {
        return area;
    }

    public double spacingM() {
        return spacingM;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int size() {
        return nx * ny;
    }

    /** Index of the grid point nearest to (x, y); coordinates outside the grid are clamped. */
    public int nearestIndex(double xM, double yM) {
        int ix = clamp((int) Math.round(xM / spacingM), nx);
        int iy = clamp((int) Math.round(yM / spacingM), ny);
        return iy * nx + ix;
    }

    public double xM(int index) {
        return (index % nx) * spacingM;
    }

    public double yM(int index) {
        return (index / nx) * spacingM;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : (i >= n ? n - 1 : i);
    }
}
