package carma.mesh.denarii;

import carma.kernel.trace.TraceRecord;

/**
 * One row of the append-only double-entry ledger ({@code ledger.csv}): the rows of a txId sum to
 * zero; {@code key} is the transaction's idempotency key.
 */
@carma.kernel.trace.TraceFile("ledger")
public record LedgerEntry(long txId, long timeNs, String account, long amountMinor, EntryKind kind, String key)
        implements TraceRecord {
    public static final String CSV_HEADER = "txId,timeNs,account,amountMinor,kind,key";

    public String csvRow() {
        return txId + "," + timeNs + "," + account + "," + amountMinor + "," + kind + "," + key;
    }
}
