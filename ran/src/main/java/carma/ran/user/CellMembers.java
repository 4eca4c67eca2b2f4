package carma.ran.user;

/**
 * Which users are attached to each cell: per-cell arrays with swap-removal, so adding, removing and
 * iterating are O(1) per user and allocation-free (arrays grow by doubling).
 */
public final class CellMembers {
    private final int[][] members;
    private final int[] counts;
    private final int[] slotOfUser;

    public CellMembers(int cells, int users) {
        members = new int[cells][8];
        counts = new int[cells];
        slotOfUser = new int[users];
        java.util.Arrays.fill(slotOfUser, -1);
    }

    public void add(int cell, int user) {
        if (slotOfUser[user] >= 0) {
            throw new IllegalStateException("user " + user + " is already attached");
        }
        if (counts[cell] == members[cell].length) {
            members[cell] = java.util.Arrays.copyOf(members[cell], counts[cell] * 2);
        }
        members[cell][counts[cell]] = user;
        slotOfUser[user] = counts[cell]++;
    }

    public void remove(int cell, int user) {
        int slot = slotOfUser[user];
        if (slot < 0 || members[cell][slot] != user) {
            throw new IllegalStateException("user " + user + " is not attached to cell " + cell);
        }
        int last = members[cell][--counts[cell]];
        members[cell][slot] = last;
        slotOfUser[last] = slot;
        slotOfUser[user] = -1;
    }

    public boolean contains(int user) {
        return slotOfUser[user] >= 0;
    }

    public int count(int cell) {
        return counts[cell];
    }

    /** The i-th member of a cell (order changes on removal). */
    public int member(int cell, int i) {
        return members[cell][i];
    }

    public int cells() {
        return counts.length;
    }
}
