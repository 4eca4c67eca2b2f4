package carma.optimization.instance;

import java.util.List;

/**
 * A malformed or inconsistent instance; each problem is one line naming the offending element
 * (its JSON path where the reader knows it). The message joins the problems with newlines.
 */
public final class InvalidInstanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Longest quoted value in a message (longer ones are shortened). */
    private static final int QUOTED_CHARS = 40;
    private final List<String> problems;

    public InvalidInstanceException(String message) {
        this(List.of(message));
    }

    public InvalidInstanceException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem given");
        }
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, in file order. */
    public List<String> problems() {
        return problems;
    }

    /** {@code text} if short, else its start, an ellipsis and its length: messages stay one short line. */
    public static String shortened(String text) {
        return shortened(text, QUOTED_CHARS);
    }

    /** {@code text} on one line, at most about {@code maxChars} long. */
    public static String shortened(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        String oneLine = text.replaceAll("[\\p{Cntrl}]", " ");
        return oneLine.length() <= maxChars ? oneLine
                : oneLine.substring(0, maxChars - 3) + "... (" + text.length() + " characters)";
    }
}
