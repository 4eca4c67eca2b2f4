package carma.kernel.report;

/**
 * An observer a model module builds for a run: it subscribes to trace records (never to model
 * objects) and, when the run ends, contributes headline figures, plots and tables to the report.
 */
@FunctionalInterface
public interface RunObserver {
    void contribute(RunReport report);
}
