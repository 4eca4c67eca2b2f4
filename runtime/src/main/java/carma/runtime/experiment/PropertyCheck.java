package carma.runtime.experiment;

/**
 * One expected property of a reproduction with its verdict.
 *
 * @param id short identifier, e.g. {@code mm1-mean-wait}
 * @param description what is expected, in words
 * @param published the published (or closed-form) figure, formatted
 * @param measured what this run measured, formatted
 * @param tolerance the tolerance and how it was derived, formatted
 * @param holds the verdict
 */
public record PropertyCheck(String id, String description, String published, String measured, String tolerance,
        boolean holds) {}
