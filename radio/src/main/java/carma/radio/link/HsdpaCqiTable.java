package carma.radio.link;

/**
 * Transport formats per reported CQI for category 11/12 UEs (TS 25.214 Table 7E, resource
 * {@code hsdpa-cqi-table-7e.csv}): transport block size and HS-PDSCH codes; CQI 16–30 use the CQI
 * 15 format. Allocation-free lookups.
 */
public final class HsdpaCqiTable {
    /** The HSDPA TTI. */
    public static final long TTI_NS = 2_000_000L;
    private final int[] tbsBits = new int[31];
    private final int[] codes = new int[31];
    private final int maxFormatCqi;
    private final LinkLevelTable table;

    public HsdpaCqiTable(LinkLevelTable table) {
        this.table = table;
        int maxTbs = 0;
        int fmt = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            int cqi = (int) table.value(r, 0);
            if (cqi < 1 || cqi > 30) {
                throw new IllegalArgumentException(table.resource() + ": CQI out of 1..30: " + cqi);
            }
            tbsBits[cqi] = (int) table.value(r, 1);
            codes[cqi] = (int) table.value(r, 2);
            if (tbsBits[cqi] > maxTbs) {
                maxTbs = tbsBits[cqi];
                fmt = cqi;
            }
        }
        for (int c = 1; c <= 30; c++) {
            if (tbsBits[c] <= 0 || codes[c] <= 0) {
                throw new IllegalArgumentException(table.resource() + ": CQI " + c + " is missing");
            }
        }
        this.maxFormatCqi = fmt;
    }

    public static HsdpaCqiTable category12() {
        return new HsdpaCqiTable(LinkLevelTable.load("hsdpa-cqi-table-7e.csv"));
    }

    /** Transport block size in bits for a reported CQI (0 for CQI 0, out of range). */
    public int tbsBits(int cqi) {
        return cqi <= 0 ? 0 : tbsBits[Math.min(cqi, 30)];
    }

    /** HS-PDSCH codes of the format of a reported CQI (0 for CQI 0). */
    public int codes(int cqi) {
        return cqi <= 0 ? 0 : codes[Math.min(cqi, 30)];
    }

    /** The CQI whose format is used for a reported CQI (1..15 for category 12). */
    public int formatCqi(int cqi) {
        return Math.min(cqi, maxFormatCqi);
    }

    /**
     * The largest CQI whose format needs at most {@code availableCodes} codes and is not above
     * {@code cqi} (a user given fewer codes than its CQI asks for gets a smaller format).
     */
    public int cqiForCodes(int cqi, int availableCodes) {
        int c = formatCqi(cqi);
        while (c > 0 && codes[c] > availableCodes) {
            c--;
        }
        return c;
    }

    public LinkLevelTable table() {
        return table;
    }
}
