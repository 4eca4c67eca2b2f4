package carma.ran.schedule;

/**
 * What a scheduler may look at when ranking a user: kept up to date by the shared machinery
 * (buffers, CQI reports, served-rate averages), never by the scheduler.
 */
public interface SchedulingInputs {
    /** Channel quality of the user's last report, dB (HSDPA: HS-DSCH SINR; GERAN: C/I; WLAN: SNR). */
    double reportedQualityDb(int user);

    /** The rate the user could be served at now, from its last report, bit/s. */
    double instantaneousRateBps(int user);

    /** Exponentially averaged served rate, bit/s (PF's T̄; updated every TTI for every user of the cell). */
    double averageRateBps(int user);

    /** The last TTI (counted per technology) in which the user was served, −1 if never. */
    long lastServedTti(int user);
}
