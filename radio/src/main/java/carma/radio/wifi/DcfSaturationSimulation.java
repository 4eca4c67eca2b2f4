package carma.radio.wifi;

import carma.kernel.random.RandomStream;

/**
 * Event-level simulation of n saturated 802.11 DCF stations in one collision domain, basic access,
 * no capture, ideal channel: every station always has a frame; each draws a backoff uniform in
 * [0, CW] (CW = (CWmin + 1) 2^stage - 1); the idle slots until the smallest counter pass; every
 * station whose counter reaches zero transmits; one transmitter is a success (medium busy Ts), more
 * are a collision (Tc) after which each colliding station doubles its window up to CWmax; the
 * others keep their frozen counters. Retries are unlimited, as in Bianchi's model.
 */
public final class DcfSaturationSimulation {

    /** Outcome of a run. */
    public record Result(long successes, long collisions, long simulatedNs, double throughputBps,
            double collisionProbability) {}

    private DcfSaturationSimulation() {}

    public static Result run(int stations, WifiStandard standard, long successNs, long collisionNs,
            double payloadBits, long simulatedNs, RandomStream random) {
        int w = standard.cwMin() + 1;
        int m = standard.backoffStages();
        int[] counter = new int[stations];
        int[] stage = new int[stations];
        for (int i = 0; i < stations; i++) {
            counter[i] = random.nextInt(w);
        }
        long now = 0;
        long successes = 0;
        long collisions = 0;
        long attempts = 0;
        long collidedAttempts = 0;
        while (now < simulatedNs) {
            int min = Integer.MAX_VALUE;
            for (int c : counter) {
                min = Math.min(min, c);
            }
            now += (long) min * standard.slotNs();
            int transmitters = 0;
            for (int i = 0; i < stations; i++) {
                counter[i] -= min;
                if (counter[i] == 0) {
                    transmitters++;
                }
            }
            boolean success = transmitters == 1;
            now += success ? successNs : collisionNs;
            attempts += transmitters;
            if (success) {
                successes++;
            } else {
                collisions++;
                collidedAttempts += transmitters;
            }
            for (int i = 0; i < stations; i++) {
                if (counter[i] == 0) {
                    stage[i] = success ? 0 : Math.min(stage[i] + 1, m);
                    counter[i] = random.nextInt(w << stage[i]);
                }
            }
        }
        double throughput = successes * payloadBits / (now * 1e-9);
        return new Result(successes, collisions, now, throughput, attempts == 0 ? 0 : collidedAttempts / (double) attempts);
    }
}
