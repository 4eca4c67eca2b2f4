package carma.ran.admission;

/**
 * Congestion control: once per statistics interval, for each congested cell, chooses sessions to
 * drop. A policy names at most one victim per call; the machinery calls it again until it
 * returns −1.
 */
public interface CongestionControl {
    /**
     * @param members users with an active session in the cell
     * @param classPriority per user, 0 = conversational (highest)
     * @return the user to drop, or −1
     */
    int victim(int cell, CellLoad load, int[] members, int count, int[] classPriority, long[] sessionStartNs);

    /** Never drops. */
    CongestionControl NONE = (cell, load, members, count, classPriority, sessionStartNs) -> -1;
}
