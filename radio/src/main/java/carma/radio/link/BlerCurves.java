package carma.radio.link;

/**
 * Block error rate versus channel quality for a family of transmission formats, from a
 * {@link LinkLevelTable} whose first column is the quality in dB and whose next columns are the
 * formats. Interpolates log10(BLER) linearly in dB; clamps outside the table. Allocation-free.
 */
public final class BlerCurves {
    private final double firstDb;
    private final double stepDb;
    private final int points;
    private final double[][] log10Bler; // [format][point]
    private final LinkLevelTable table;

    public BlerCurves(LinkLevelTable table) {
        this.table = table;
        this.points = table.rowCount();
        this.firstDb = table.value(0, 0);
        this.stepDb = points > 1 ? table.value(1, 0) - firstDb : 1;
        for (int r = 1; r < points; r++) {
            if (Math.abs(table.value(r, 0) - (firstDb + r * stepDb)) > 1e-9) {
                throw new IllegalArgumentException(table.resource() + ": quality axis must be evenly spaced");
            }
        }
        int formats = table.columns().size() - 1;
        log10Bler = new double[formats][points];
        for (int f = 0; f < formats; f++) {
            for (int r = 0; r < points; r++) {
                double b = table.value(r, f + 1);
                if (!(b > 0 && b <= 1)) {
                    throw new IllegalArgumentException(table.resource() + ": BLER must be in (0, 1], row " + r);
                }
                log10Bler[f][r] = Math.log10(b);
            }
        }
    }

    public int formats() {
        return log10Bler.length;
    }

    public LinkLevelTable table() {
        return table;
    }

    /** BLER of format {@code format} (0-based column after the quality axis) at {@code qualityDb}. */
    public double bler(int format, double qualityDb) {
        double pos = (qualityDb - firstDb) / stepDb;
        double[] curve = log10Bler[format];
        if (pos <= 0) {
            return Math.pow(10, curve[0]);
        }
        if (pos >= points - 1) {
            return Math.pow(10, curve[points - 1]);
        }
        int i = (int) pos;
        double f = pos - i;
        return Math.pow(10, curve[i] + f * (curve[i + 1] - curve[i]));
    }
}
