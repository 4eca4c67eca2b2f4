package carma.olsr.logic;

import java.util.Arrays;

/**
 * Dense ids 0, 1, ... for 32-bit addresses in order of first {@link #add}: open addressing with
 * linear probing; {@link #clear} is O(1) by bumping a generation stamp. Looking up allocates
 * nothing. Without {@code clear}, ids stay valid for good (the route calculator's arrays by id).
 */
final class AddressIndex {
    private int[] keys = new int[64];
    private int[] ids = new int[64];
    private int[] stamps = new int[64];
    private int stamp = 1;
    private int[] addresses = new int[32];
    private int size;

    void clear() {
        size = 0;
        if (++stamp == 0) {
            Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    /** The id of an address, -1 if absent. */
    int find(int address) {
        int mask = keys.length - 1;
        for (int s = slot(address, mask); stamps[s] == stamp; s = (s + 1) & mask) {
            if (keys[s] == address) {
                return ids[s];
            }
        }
        return -1;
    }

    /** The id of an address, assigning the next id if it is new. */
    int add(int address) {
        int mask = keys.length - 1;
        int s = slot(address, mask);
        for (; stamps[s] == stamp; s = (s + 1) & mask) {
            if (keys[s] == address) {
                return ids[s];
            }
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            return add(address);
        }
        keys[s] = address;
        ids[s] = size;
        stamps[s] = stamp;
        if (size == addresses.length) {
            addresses = Arrays.copyOf(addresses, 2 * size);
        }
        addresses[size] = address;
        return size++;
    }

    int address(int id) {
        return addresses[id];
    }

    /** Number of ids handed out since the last {@link #clear} (ids are 0 .. size-1). */
    int size() {
        return size;
    }

    private void grow() {
        int n = 2 * keys.length;
        keys = new int[n];
        ids = new int[n];
        stamps = new int[n];
        int mask = n - 1;
        for (int id = 0; id < size; id++) {
            int s = slot(addresses[id], mask);
            while (stamps[s] == stamp) {
                s = (s + 1) & mask;
            }
            keys[s] = addresses[id];
            ids[s] = id;
            stamps[s] = stamp;
        }
    }

    private static int slot(int address, int mask) {
        int h = address * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
