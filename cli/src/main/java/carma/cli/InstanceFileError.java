package carma.cli;

import carma.optimization.instance.InvalidInstanceException;
import java.nio.file.Path;
import java.util.List;

/** An instance file that was refused: its problems, one line each, are printed after its name. */
final class InstanceFileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final List<String> problems;

    InstanceFileError(Path file, InvalidInstanceException cause) {
        super(file + ": " + cause.getMessage(), cause);
        this.file = file;
        this.problems = cause.problems();
    }

    Path file() {
        return file;
    }

    List<String> problems() {
        return problems;
    }
}
