package carma.scenario;

/**
 * {@code outputs: {traces: true, report: true}}: whether to write one CSV file per trace type and
 * the HTML report with plots. {@code manifest.json}, {@code summary.json} and
 * {@code effective-scenario.yaml} are always written.
 */
public record OutputsSpec(boolean traces, boolean report) {
    public static final OutputsSpec DEFAULT = new OutputsSpec(true, true);
}
