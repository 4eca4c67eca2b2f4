package carma.mesh.denarii;

import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Denarii ledger: append-only, double entry, exact ({@code long} minor units, 10^-6 Denarius).
 * A transaction posts legs that sum to zero under one idempotency key; posting the same key again
 * returns the original transaction and changes nothing. Balances are sums of entries. Every entry
 * is also published on the trace bus.
 */
public final class Ledger {
    public static final String ISSUER = "issuer";
    public static final String ESCROW = "escrow";

    private final TraceBus bus;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, Long> txByKey = new HashMap<>();
    private final Map<String, Long> balances = new TreeMap<>();
    private long nextTx = 1;

    public Ledger(TraceBus bus) {
        this.bus = bus;
    }

    /**
     * Posts a transaction.
     *
     * @param legs account to signed amount (minor units); must sum to zero; zero legs are skipped
     * @return the transaction id (the earlier one if {@code key} was already posted)
     */
    public long post(long timeNs, EntryKind kind, String key, Map<String, Long> legs) {
        Long existing = txByKey.get(key);
        if (existing != null) {
            return existing;
        }
        long sum = 0;
        for (long v : legs.values()) {
            sum = Math.addExact(sum, v);
        }
        if (sum != 0) {
            throw new IllegalArgumentException("transaction " + key + " does not balance: " + legs);
        }
        long tx = nextTx++;
        txByKey.put(key, tx);
        for (Map.Entry<String, Long> leg : legs.entrySet()) {
            if (leg.getValue() == 0) {
                continue;
            }
            LedgerEntry e = new LedgerEntry(tx, timeNs, leg.getKey(), leg.getValue(), kind, key);
            entries.add(e);
            balances.merge(leg.getKey(), leg.getValue(), Math::addExact);
            bus.publish(e);
        }
        return tx;
    }

    /** A two-leg transfer. */
    public long transfer(long timeNs, EntryKind kind, String key, String from, String to, long amountMinor) {
        Map<String, Long> legs = new LinkedHashMap<>();
        legs.put(from, -amountMinor);
        legs.merge(to, amountMinor, Long::sum);
        return post(timeNs, kind, key, legs);
    }

    public long balance(String account) {
        return balances.getOrDefault(account, 0L);
    }

    public Map<String, Long> balances() {
        return Collections.unmodifiableMap(balances);
    }

    public List<LedgerEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
