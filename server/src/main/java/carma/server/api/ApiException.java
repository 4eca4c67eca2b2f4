package carma.server.api;

import java.util.List;

/**
 * An answer other than success: the status and a one-line message, plus for a scenario every problem
 * with its path and line. The API writes it as {@code {"error": ..., "path": ..., "problems": [...]}}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient List<Object> problems;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<?> problems) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<Object> problems() {
        return problems;
    }

    public static ApiException badRequest(String m) {
        return new ApiException(400, m);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "log in first (POST /api/login; then the session cookie or"
                + " 'Authorization: Bearer TOKEN')");
    }

    public static ApiException forbidden(String m) {
        return new ApiException(403, m);
    }

    public static ApiException notFound(String m) {
        return new ApiException(404, m);
    }

    public static ApiException conflict(String m) {
        return new ApiException(409, m);
    }

    public static ApiException unprocessable(String m) {
        return new ApiException(422, m);
    }
}
