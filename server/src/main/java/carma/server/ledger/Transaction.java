package carma.server.ledger;

import java.util.List;

/**
 * A recorded transaction and its entries (which sum to zero). {@code replayed} is true when the
 * idempotency key had already recorded it and nothing new was written.
 */
public record Transaction(long txId, String key, TransactionKind kind, String memo, List<Entry> entries,
        boolean replayed) {
    public Transaction {
        entries = List.copyOf(entries);
    }

    /** One leg: a positive amount credits the account, a negative one debits it. */
    public record Entry(String account, long amountMinor) {}

    Transaction asReplay() {
        return new Transaction(txId, key, kind, memo, entries, true);
    }
}
