package carma.experiments.aroma;

import carma.kernel.report.Figure;
import carma.kernel.report.Series;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The panels of AROMA Figs. 18 (Max C/I) and 19 (round robin) as figure data: the UUT's abscissa,
 * pilot CIR, CQI, requested/accepted/rejected TTIs per 10 TTIs and HS-PDSCH codes per 10 TTIs,
 * against time. Plotted values are averages over 10 windows (200 ms) to keep the plots readable;
 * the CSV keeps every 20 ms window.
 */
final class HsdpaSchedulingFigures {
    private static final int AVERAGE = 10;

    private HsdpaSchedulingFigures() {}

    static List<Figure> of(String scheduler, UutWindows t) {
        double[] time = average(t.timeS, t.size());
        String id = "hsdpa-" + scheduler;
        return List.of(
                line(id + "-position", scheduler + ": UUT abscissa", "x (m)", new Series("x", time, average(t.xM, t.size()))),
                line(id + "-pilot", scheduler + ": pilot CIR (CPICH Ec/Io)", "Ec/Io (dB)",
                        new Series("pilot", time, average(t.pilotDb, t.size()))),
                line(id + "-cqi", scheduler + ": CQI reported by the UUT", "CQI", new Series("CQI", time, average(t.cqi, t.size()))),
                new Figure(id + "-requests", scheduler + ": UUT transmission requests per 10 TTIs", "time (s)", "TTIs per 10 TTIs",
                        Figure.Kind.LINE, List.of(new Series("requested", time, average(t.requested, t.size())),
                                new Series("accepted", time, average(t.accepted, t.size())),
                                new Series("rejected", time, average(t.rejected, t.size())))),
                line(id + "-codes", scheduler + ": HS-PDSCH codes assigned to the UUT per 10 TTIs", "codes per 10 TTIs",
                        new Series("codes", time, average(t.codes, t.size()))));
    }

    private static Figure line(String id, String title, String yLabel, Series s) {
        return new Figure(id, title, "time (s)", yLabel, Figure.Kind.LINE, List.of(s));
    }

    private static double[] average(double[] v, int n) {
        double[] out = new double[n / AVERAGE];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            int k = 0;
            for (int j = i * AVERAGE; j < (i + 1) * AVERAGE; j++) {
                if (Double.isFinite(v[j])) {
                    sum += v[j];
                    k++;
                }
            }
            out[i] = k == 0 ? Double.NaN : sum / k;
        }
        return out;
    }

    static void writeCsv(Path file, UutWindows t) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("timeS,xM,cpichEcIoDb,hsdpaCqi,requested,accepted,rejected,hsPdschCodes\n");
            for (int i = 0; i < t.size(); i++) {
                w.write(String.format(Locale.ROOT, "%.2f,%.1f,%.2f,%d,%d,%d,%d,%d%n", t.timeS[i], t.xM[i], t.pilotDb[i],
                        (int) t.cqi[i], (int) t.requested[i], (int) t.accepted[i], (int) t.rejected[i], (int) t.codes[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
