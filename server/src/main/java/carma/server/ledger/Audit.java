package carma.server.ledger;

import java.util.List;

/**
 * What the ledger's books say: counts, the transactions whose entries do not sum to zero (must be
 * none), transactions with fewer than two entries (none), accounts whose cached balance differs from
 * the sum of their entries (none), and the sum of all balances (zero: Denarii are only moved).
 */
public record Audit(long entries, long transactions, long distinctKeys, List<Long> unbalancedTransactions,
        List<Long> singleEntryTransactions, List<String> cacheMismatches, long sumOfBalancesMinor) {
    public Audit {
        unbalancedTransactions = List.copyOf(unbalancedTransactions);
        singleEntryTransactions = List.copyOf(singleEntryTransactions);
        cacheMismatches = List.copyOf(cacheMismatches);
    }

    public boolean clean() {
        return unbalancedTransactions.isEmpty() && singleEntryTransactions.isEmpty() && cacheMismatches.isEmpty()
                && sumOfBalancesMinor == 0 && distinctKeys == transactions;
    }
}
