package carma.runtime.report;

import carma.kernel.report.Figure;
import carma.kernel.report.Series;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Renders {@link Figure} data to PNG files with XChart (headless). */
public final class PlotRenderer {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private PlotRenderer() {}

    /**
     * Writes {@code <id>.png} into {@code dir}; returns the file name. The PNG is encoded through a
     * memory cache: ImageIO's default file cache registers a JVM shutdown hook, which fails while a
     * run stopped by SIGINT/SIGTERM writes its report from inside the shutdown.
     */
    public static String render(Figure f, Path dir) {
        System.setProperty("java.awt.headless", "true");
        Chart<?, ?> chart = f.kind() == Figure.Kind.BAR ? bar(f) : xy(f);
        String file = f.id() + ".png";
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream os = Files.newOutputStream(dir.resolve(file));
                ImageOutputStream ios = new MemoryCacheImageOutputStream(os)) {
            writer.setOutput(ios);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + file, e);
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static XYChart xy(Figure f) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(f.title()).xAxisTitle(f.xLabel())
                .yAxisTitle(f.yLabel()).build();
        c.getStyler().setLegendVisible(f.series().size() > 1);
        for (Series s : f.series()) {
            if (s.size() == 0) {
                continue;
            }
            XYSeries xs = c.addSeries(s.name(), s.x(), s.y());
            switch (f.kind()) {
                case STEP:
                    xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
                    xs.setMarker(SeriesMarkers.NONE);
                    break;
                case SCATTER:
                    xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    break;
                default:
                    xs.setMarker(SeriesMarkers.NONE);
            }
        }
        return c;
    }

    private static CategoryChart bar(Figure f) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(f.title())
                .xAxisTitle(f.xLabel()).yAxisTitle(f.yLabel()).build();
        c.getStyler().setLegendVisible(f.series().size() > 1);
        for (Series s : f.series()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (double v : s.x()) {
                x.add(v);
            }
            for (double v : s.y()) {
                y.add(v);
            }
            c.addSeries(s.name(), x, y);
        }
        return c;
    }
}
