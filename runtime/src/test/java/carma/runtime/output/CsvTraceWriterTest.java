package carma.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.kernel.trace.TraceFile;
import carma.kernel.trace.TraceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTraceWriterTest {
    public record CellLoad(long timeNs, String cell, double loadRatio) implements TraceRecord {}

    @TraceFile("ledger")
    public record Entry(long timeNs, String account, long amountMinor) implements TraceRecord {}

    @TempDir
    Path tmp;

    @Test
    void writesOneFilePerTypeWithQuotedTextAndNamedFiles() throws Exception {
        try (CsvTraceWriter w = new CsvTraceWriter(tmp)) {
            w.accept(new CellLoad(10, "utran-1", 0.5));
            w.accept(new CellLoad(20, "a,b \"x\"", 0.25));
            w.accept(new Entry(30, "user", -840));
        }
        assertThat(Files.readString(tmp.resolve("cell-load.csv")))
                .isEqualTo("timeNs,cell,loadRatio\n10,utran-1,0.5\n20,\"a,b \"\"x\"\"\",0.25\n");
        assertThat(Files.readString(tmp.resolve("ledger.csv"))).isEqualTo("timeNs,account,amountMinor\n30,user,-840\n");
    }

    @Test
    void refusesRecordsAfterCloseNamingTheRecordType() throws Exception {
        CsvTraceWriter w = new CsvTraceWriter(tmp);
        w.accept(new Entry(30, "user", -840));
        w.close();
        w.close();
        assertThatThrownBy(() -> w.accept(new Entry(40, "user", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Entry (ledger.csv)").hasMessageContaining("after the trace files were closed");
        assertThat(Files.readString(tmp.resolve("ledger.csv"))).isEqualTo("timeNs,account,amountMinor\n30,user,-840\n");
    }
}
