package carma.optimization.instance;

/** A malformed or inconsistent instance; the message names the offending element. */
public final class InvalidInstanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInstanceException(String message) {
        super(message);
    }
}
