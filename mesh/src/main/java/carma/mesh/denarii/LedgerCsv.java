package carma.mesh.denarii;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads {@code ledger.csv}: {@code txId,timeNs,account,amountMinor,kind,key}. */
public final class LedgerCsv {
    private LedgerCsv() {}

    public static void write(Path file, List<LedgerEntry> entries) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(LedgerEntry.CSV_HEADER);
            w.newLine();
            for (LedgerEntry e : entries) {
                w.write(e.csvRow());
                w.newLine();
            }
        }
    }

    public static List<LedgerEntry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(LedgerEntry.CSV_HEADER)) {
            throw new IOException(file + ": expected header " + LedgerEntry.CSV_HEADER);
        }
        List<LedgerEntry> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",", -1);
            if (c.length != 6) {
                throw new IOException(file + ":" + (i + 1) + ": expected 6 cells");
            }
            out.add(new LedgerEntry(Long.parseLong(c[0]), Long.parseLong(c[1]), c[2], Long.parseLong(c[3]),
                    EntryKind.valueOf(c[4]), c[5]));
        }
        return out;
    }
}
