package carma.radio.geometry;

/**
 * The rectangular service area [0, width) × [0, height), metres (AROMA default 8 km × 4 km). Users
 * leaving it re-enter on the opposite side (wrap-around, AROMA paper §5.2.2).
 */
public record ServiceArea(double widthM, double heightM) {
    public ServiceArea {
        if (!(widthM > 0) || !(heightM > 0)) {
            throw new IllegalArgumentException("service area must have positive size, got " + widthM + " × " + heightM + " m");
        }
    }

    public static ServiceArea aromaDefault() {
        return new ServiceArea(8_000, 4_000);
    }

    public double wrapX(double xM) {
        return wrap(xM, widthM);
    }

    public double wrapY(double yM) {
        return wrap(yM, heightM);
    }

    public boolean contains(double xM, double yM) {
        return xM >= 0 && xM < widthM && yM >= 0 && yM < heightM;
    }

    private static double wrap(double v, double size) {
        double r = v % size;
        if (r < 0) {
            r += size;
        }
        return r >= size ? 0 : r; // guards -0.0 % size + size rounding to size
    }
}
