package carma.cli;

/** A mistake in how a command was called (exit code 2). */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
