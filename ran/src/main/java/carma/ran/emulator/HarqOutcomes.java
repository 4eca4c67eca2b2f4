package carma.ran.emulator;

/** Where HARQ hands the transport blocks it has resolved, in sequence order ({@link Delivery}). */
interface HarqOutcomes {
    /** The next {@code bits} of user u's buffer arrived correctly at {@code atNs}. */
    void delivered(int u, int cell, int bits, long atNs);

    /**
     * The next {@code bits} of user u's buffer are lost; every packet they touch is discarded.
     * Returns the bits of those packets beyond the lost ones (already gone from the buffer).
     */
    int lost(int u, int bits, long atNs);
}
