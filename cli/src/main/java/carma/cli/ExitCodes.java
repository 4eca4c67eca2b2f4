package carma.cli;

/**
 * The exit codes of every carma command. A run stopped by a signal exits with the JVM's own
 * 128 + signal number once its outputs are written: {@link #STOPPED_BY_SIGINT},
 * {@link #STOPPED_BY_SIGTERM}.
 */
final class ExitCodes {
    /** Success; also a real-time run stopped with {@code q}. */
    static final int OK = 0;
    /** The run failed (a real-time overrun under {@code clock.onOverrun: fail} included). */
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int STOPPED_BY_SIGINT = 130;
    static final int STOPPED_BY_SIGTERM = 143;

    private ExitCodes() {}
}
