package carma.mesh.olsr.logic;

import carma.mesh.olsr.NodeAddress;
import java.util.Arrays;

/**
 * Dense ids for the addresses one agent has seen, for array-based calculations: an open-addressing
 * table from the 32-bit address to its id (linear probing, load factor at most one half). Ids are
 * handed out in order of first sight and never reused, so arrays indexed by id stay valid from one
 * calculation to the next. Looking up an address allocates nothing.
 */
public final class AddressIds {

    private int[] keys = new int[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private NodeAddress[] addresses = new NodeAddress[32];
    private int size;

    /** The id of {@code a}, assigning the next free one if it has none yet. */
    public int intern(NodeAddress a) {
        int v = a.value();
        int slot = slot(v);
        if (used[slot]) {
            return values[slot];
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            slot = slot(v);
        }
        used[slot] = true;
        keys[slot] = v;
        values[slot] = size;
        if (size == addresses.length) {
            addresses = Arrays.copyOf(addresses, 2 * size);
        }
        addresses[size] = a;
        return size++;
    }

    /** The id of {@code a}, or -1 if it was never interned. */
    public int find(NodeAddress a) {
        int slot = slot(a.value());
        return used[slot] ? values[slot] : -1;
    }

    /** The address of an id. */
    public NodeAddress address(int id) {
        return addresses[id];
    }

    /** Number of ids handed out (ids are 0 .. size-1). */
    public int size() {
        return size;
    }

    private int slot(int v) {
        int mask = keys.length - 1;
        int h = mix(v) & mask;
        while (used[h] && keys[h] != v) {
            h = (h + 1) & mask;
        }
        return h;
    }

    private static int mix(int v) {
        int h = v * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = slot(oldKeys[i]);
                used[s] = true;
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }
}
