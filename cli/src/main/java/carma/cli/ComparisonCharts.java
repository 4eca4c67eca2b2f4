package carma.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/** The three PNG plots of {@code --compare}. */
final class ComparisonCharts {
    private ComparisonCharts() {}

    static void write(List<FairMeshComparison.Row> rows, Path outDir) throws IOException {
        ratioDistribution(rows, outDir);
        usersAtOneMbps(rows, outDir);
        solveTime(rows, outDir);
    }

    private static void save(org.knowm.xchart.internal.chartpart.IChart chart, Path file) throws IOException {
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
    }

    private static void ratioDistribution(List<FairMeshComparison.Row> rows, Path outDir) throws IOException {
        double[] ratios = rows.stream().map(FairMeshComparison.Row::ratio).filter(r -> r != null)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Heuristic / optimal minimum rate (CDF)")
                .xAxisTitle("heuristic / optimal").yAxisTitle("fraction of instances").build();
        if (ratios.length > 0) {
            double[] fraction = new double[ratios.length];
            for (int i = 0; i < ratios.length; i++) {
                fraction[i] = (i + 1.0) / ratios.length;
            }
            chart.addSeries("instances solved to optimality", ratios, fraction);
        }
        save(chart, outDir.resolve("ratio-distribution.png"));
    }

    private static void usersAtOneMbps(List<FairMeshComparison.Row> rows, Path outDir) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(900).height(500)
                .title("Users with >= 1 Mbit/s per method").xAxisTitle("instance").yAxisTitle("users").build();
        List<Integer> index = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
        chart.addSeries("exact", index, rows.stream().map(r -> (Number) r.exact().usersAtLeast(1e6)).toList());
        chart.addSeries("heuristic", index, rows.stream().map(r -> (Number) r.heuristic().usersAtLeast(1e6)).toList());
        chart.addSeries("rssi", index, rows.stream().map(r -> (Number) r.rssi().usersAtLeast(1e6)).toList());
        save(chart, outDir.resolve("users-1mbps.png"));
    }

    private static void solveTime(List<FairMeshComparison.Row> rows, Path outDir) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(500).title("Solve time versus size")
                .xAxisTitle("users").yAxisTitle("time (ms, +1)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        double[] users = rows.stream().mapToDouble(FairMeshComparison.Row::users).toArray();
        chart.addSeries("exact", users, rows.stream().mapToDouble(r -> r.exact().solveTimeMs() + 1.0).toArray());
        chart.addSeries("heuristic", users, rows.stream().mapToDouble(r -> r.heuristic().solveTimeMs() + 1.0).toArray());
        chart.addSeries("rssi", users, rows.stream().mapToDouble(r -> r.rssi().solveTimeMs() + 1.0).toArray());
        save(chart, outDir.resolve("solve-time.png"));
    }
}
