package carma.kernel.report;

import java.util.Objects;

/** One named data series of a figure: x and y values of equal length (copied on creation). */
public record Series(String name, double[] x, double[] y) {
    public Series {
        Objects.requireNonNull(name, "name");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': x has " + x.length + " values, y has " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    /** A series whose x values are 0, 1, 2, ... (for bar charts and distributions over categories). */
    public static Series indexed(String name, double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return new Series(name, x, y);
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }
}
