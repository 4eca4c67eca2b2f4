package carma.ran.admission;

/**
 * The rate booked by admission control in each cell, against the cell's nominal capacity; the
 * load a policy reasons about is {@code booked / capacity}.
 */
public final class CellLoad {
    private final double[] bookedBps;
    private final double[] capacityBps;
    private final int[] sessions;

    public CellLoad(double[] capacityBps) {
        this.capacityBps = capacityBps.clone();
        this.bookedBps = new double[capacityBps.length];
        this.sessions = new int[capacityBps.length];
    }

    public void book(int cell, double rateBps) {
        bookedBps[cell] += rateBps;
        sessions[cell]++;
    }

    public void release(int cell, double rateBps) {
        bookedBps[cell] = Math.max(0, bookedBps[cell] - rateBps);
        sessions[cell]--;
    }

    public double load(int cell) {
        return bookedBps[cell] / capacityBps[cell];
    }

    /** Load if a further {@code rateBps} were booked. */
    public double loadWith(int cell, double rateBps) {
        return (bookedBps[cell] + rateBps) / capacityBps[cell];
    }

    public int sessions(int cell) {
        return sessions[cell];
    }

    public double capacityBps(int cell) {
        return capacityBps[cell];
    }
}
