package carma.runtime.experiment;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import java.util.List;
import java.util.Map;

/**
 * What an experiment hands back: the property verdicts, figures and tables for the report, and
 * headline figures (written to {@code experiment.json}).
 */
public record ExperimentReport(String name, List<PropertyCheck> checks, List<Figure> figures, List<ReportTable> tables,
        Map<String, Object> figuresOfMerit) {
    public ExperimentReport {
        checks = List.copyOf(checks);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        figuresOfMerit = Map.copyOf(figuresOfMerit);
    }

    public boolean allHold() {
        return !checks.isEmpty() && checks.stream().allMatch(PropertyCheck::holds);
    }
}
