package carma.ran.emulator;

import carma.kernel.random.RandomStream;
import carma.ran.user.UserTable;

/**
 * Rayleigh fast fading per user as a complex first-order autoregression,
 * {@code h ← ρ·h + sqrt(1 − ρ²)·w} with {@code w ~ CN(0, 1)} and ρ = J0(2π·f_D·Δt) (Jakes'
 * correlation at the time elapsed since the user's last update; f_D = v·f_c/c; clamped to
 * [0, 1]). The power gain |h|² has mean 1, so shadowing-level averages are unchanged. Updated
 * lazily, only for users whose channel is evaluated.
 */
public final class FastFading {
    private static final double SPEED_OF_LIGHT = 299_792_458.0;
    private final UserTable users;
    private final RandomStream random;
    private final double carrierHz;
    private final double[] speedMps;
    private final boolean enabled;

    public FastFading(UserTable users, RandomStream random, double carrierHz, boolean enabled) {
        this.users = users;
        this.random = random;
        this.carrierHz = carrierHz;
        this.speedMps = new double[users.size()];
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    public void setSpeed(int user, double mps) {
        speedMps[user] = mps;
    }

    /** Power gain of the user's channel at time {@code nowNs} (1 when disabled). */
    public double powerGain(int user, long nowNs) {
        if (!enabled) {
            return 1;
        }
        long last = users.fadingTti[user];
        if (nowNs != last) {
            double dt = (nowNs - last) / 1e9;
            double fd = Math.max(speedMps[user], 0.8) * carrierHz / SPEED_OF_LIGHT; // ≥ 3 km/h of scatterer motion
            double rho = Math.max(0, Math.min(1, besselJ0(2 * Math.PI * fd * dt)));
            double s = Math.sqrt((1 - rho * rho) / 2);
            users.fadingRe[user] = rho * users.fadingRe[user] + s * random.gaussian();
            users.fadingIm[user] = rho * users.fadingIm[user] + s * random.gaussian();
            users.fadingTti[user] = nowNs;
        }
        double re = users.fadingRe[user];
        double im = users.fadingIm[user];
        return re * re + im * im;
    }

    /** Bessel function J0 (Abramowitz & Stegun 9.4.1 and 9.4.3; |error| < 5e-8). */
    static double besselJ0(double x) {
        double ax = Math.abs(x);
        if (ax <= 3) {
            double y = (x / 3) * (x / 3);
            return 1 + y * (-2.2499997 + y * (1.2656208 + y * (-0.3163866 + y * (0.0444479 + y * (-0.0039444
                    + y * 0.0002100)))));
        }
        double y = 3 / ax;
        double f0 = 0.79788456 + y * (-0.00000077 + y * (-0.00552740 + y * (-0.00009512 + y * (0.00137237
                + y * (-0.00072805 + y * 0.00014476)))));
        double t0 = ax - 0.78539816 + y * (-0.04166397 + y * (-0.00003954 + y * (0.00262573 + y * (-0.00054125
                + y * (-0.00029333 + y * 0.00013558)))));
        return f0 * Math.cos(t0) / Math.sqrt(ax);
    }
}
