package carma.kernel.random;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The random streams of one run: one master seed, and for each component a stream derived from
 * (seed, stable name) only. Asking for a new stream never changes another one, so adding a
 * component leaves every other component's draws untouched. A name may be taken only once.
 */
public final class RandomStreams {
    private final long masterSeed;
    private final Map<String, Long> taken = new TreeMap<>();

    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    public long masterSeed() {
        return masterSeed;
    }

    /**
     * The stream named {@code name} (e.g. {@code "ran.utran.mobility"}).
     *
     * @throws IllegalStateException if the name was already taken in this run
     */
    public synchronized RandomStream stream(String name) {
        long seed = seedFor(masterSeed, name);
        if (taken.putIfAbsent(name, seed) != null) {
            throw new IllegalStateException("random stream '" + name + "' was already taken: names must be unique");
        }
        return new RandomStream(seed);
    }

    /** The derived seed of a name, for records and tests. */
    public static long seedFor(long masterSeed, String name) {
        long h = 0xCBF29CE484222325L; // FNV-1a 64
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xFF);
            h *= 0x100000001B3L;
        }
        return SplitMix64.mix(SplitMix64.mix(masterSeed) ^ h);
    }
}
