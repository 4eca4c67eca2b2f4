package carma.radio.mobility;

import carma.kernel.random.RandomStream;
import carma.radio.geometry.ServiceArea;

/**
 * AROMA's macrocellular pseudo-random mobility model with semi-directed trajectories (AROMA paper
 * §5.2.2, after UMTS 30.03): users start uniformly in the area with a uniform direction in
 * [0, 2π); they move in fixed steps (usually the shadowing decorrelation distance, 20 m) taking
 * {@code step / speed} each; at every step the direction is kept with probability
 * {@code keepProbability} (0.8), otherwise a uniform angle in [−maxTurn, maxTurn] (±40°) is added;
 * users leaving the area re-enter on the opposite side.
 *
 * <p>State is held in primitive arrays indexed by user; {@link #advance} is allocation-free.
 */
public final class MacrocellularMobility {
    private final ServiceArea area;
    private final double stepM;
    private final double keepProbability;
    private final double maxTurnRad;
    private final RandomStream random;
    private final double[] xM;
    private final double[] yM;
    private final double[] directionRad;
    private final double[] speedMps;
    private final long[] nextStepNs;
    private final int[] moved;

    public MacrocellularMobility(ServiceArea area, Parameters parameters, int users, RandomStream random) {
        this.area = area;
        this.stepM = parameters.stepM();
        this.keepProbability = parameters.keepProbability();
        this.maxTurnRad = Math.toRadians(parameters.maxTurnDeg());
        this.random = random;
        this.xM = new double[users];
        this.yM = new double[users];
        this.directionRad = new double[users];
        this.speedMps = new double[users];
        this.nextStepNs = new long[users];
        this.moved = new int[users];
    }

    /** Places user {@code i} uniformly with a uniform direction, moving at {@code speedMps} (0: static). */
    public void place(int i, double speedMps, long nowNs) {
        if (!(speedMps >= 0)) {
            throw new IllegalArgumentException("speed must be >= 0 m/s, got " + speedMps);
        }
        xM[i] = random.uniform(0, area.widthM());
        yM[i] = random.uniform(0, area.heightM());
        directionRad[i] = random.uniform(0, 2 * Math.PI);
        this.speedMps[i] = speedMps;
        nextStepNs[i] = speedMps == 0 ? Long.MAX_VALUE : nowNs + stepDurationNs(speedMps);
    }

    /** Puts user {@code i} at a given point and stops it (for users driven by a trajectory). */
    public void moveTo(int i, double x, double y) {
        xM[i] = area.wrapX(x);
        yM[i] = area.wrapY(y);
        speedMps[i] = 0;
        nextStepNs[i] = Long.MAX_VALUE;
    }

    /**
     * Takes every step due at or before {@code nowNs}; returns how many users moved, their indices
     * being the first entries of {@link #movedUsers()}.
     */
    public int advance(long nowNs) {
        int count = 0;
        for (int i = 0; i < xM.length; i++) {
            if (nextStepNs[i] <= nowNs) {
                long dur = stepDurationNs(speedMps[i]);
                do {
                    step(i);
                    nextStepNs[i] += dur;
                } while (nextStepNs[i] <= nowNs);
                moved[count++] = i;
            }
        }
        return count;
    }

    /** One step of user i: maybe turn, move, wrap. */
    void step(int i) {
        if (random.nextDouble() >= keepProbability) {
            directionRad[i] += random.uniform(-maxTurnRad, maxTurnRad);
        }
        xM[i] = area.wrapX(xM[i] + stepM * Math.cos(directionRad[i]));
        yM[i] = area.wrapY(yM[i] + stepM * Math.sin(directionRad[i]));
    }

    private long stepDurationNs(double speed) {
        return Math.max(1L, Math.round(stepM / speed * 1e9));
    }

    /** Indices of the users that moved in the last {@link #advance} (valid up to its return value). */
    public int[] movedUsers() {
        return moved;
    }

    public double xM(int i) {
        return xM[i];
    }

    public double yM(int i) {
        return yM[i];
    }

    public double directionRad(int i) {
        return directionRad[i];
    }

    public double speedMps(int i) {
        return speedMps[i];
    }

    public int users() {
        return xM.length;
    }

    /**
     * @param stepM step length (AROMA: the decorrelation distance, 20 m)
     * @param keepProbability probability of keeping the direction at a step (AROMA: 0.8)
     * @param maxTurnDeg turns are uniform in [−maxTurn, maxTurn] degrees (AROMA: 40)
     */
    public record Parameters(double stepM, double keepProbability, double maxTurnDeg) {
        public Parameters {
            if (!(stepM > 0) || !(keepProbability >= 0 && keepProbability <= 1) || !(maxTurnDeg >= 0 && maxTurnDeg <= 180)) {
                throw new IllegalArgumentException("invalid mobility parameters: step " + stepM + " m, keep "
                        + keepProbability + ", turn " + maxTurnDeg + "°");
            }
        }

        public static Parameters aroma() {
            return new Parameters(20, 0.8, 40);
        }
    }
}
