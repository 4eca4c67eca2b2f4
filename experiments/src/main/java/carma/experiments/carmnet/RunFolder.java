package carma.experiments.carmnet;

import carma.kernel.trace.TraceBus;
import carma.runtime.output.CsvTraceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One emulation's output folder inside an experiment's: every trace record as CSV (one file per
 * record type, {@link CsvTraceWriter}), among them the Denarii ledger as {@code ledger.csv}.
 */
final class RunFolder implements AutoCloseable {
    private final Path dir;
    private final CsvTraceWriter csv;
    private final TraceBus bus = new TraceBus();

    RunFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.dir = dir;
        this.csv = new CsvTraceWriter(dir);
        bus.subscribeAll(csv);
    }

    TraceBus bus() {
        return bus;
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        csv.close();
    }
}
