package carma.mesh.denarii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the books from the entries alone (as anyone can from {@code ledger.csv}): every
 * transaction sums to zero, no idempotency key names two transactions, all accounts together hold
 * nothing (issuer included), escrow is empty, and total paid = total earned + access fees +
 * refunded.
 */
public final class LedgerAudit {
    /** Totals and the problems found (empty = the books are consistent). */
    public record Result(long paidMinor, long earnedMinor, long accessFeesMinor, long refundedMinor,
            Map<String, Long> balances, List<String> problems) {
        public boolean consistent() {
            return problems.isEmpty();
        }
    }

    private LedgerAudit() {}

    public static Result audit(List<LedgerEntry> entries) {
        Map<Long, Long> txSums = new TreeMap<>();
        Map<Long, String> txKeys = new HashMap<>();
        Set<String> keysSeen = new HashSet<>();
        Map<String, Long> balances = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long paid = 0;
        long earned = 0;
        long fees = 0;
        long refunded = 0;
        for (LedgerEntry e : entries) {
            txSums.merge(e.txId(), e.amountMinor(), Math::addExact);
            String prev = txKeys.putIfAbsent(e.txId(), e.key());
            if (prev == null && !keysSeen.add(e.key())) {
                problems.add("idempotency key used by two transactions: " + e.key());
            } else if (prev != null && !prev.equals(e.key())) {
                problems.add("transaction " + e.txId() + " has two keys");
            }
            balances.merge(e.account(), e.amountMinor(), Math::addExact);
            if (e.amountMinor() > 0) {
                switch (e.kind()) {
                    case PAYMENT -> paid += e.amountMinor();
                    case EARNING -> earned += e.amountMinor();
                    case ACCESS_FEE -> fees += e.amountMinor();
                    case REFUND -> refunded += e.amountMinor();
                    default -> { }
                }
            }
        }
        txSums.forEach((tx, sum) -> {
            if (sum != 0) {
                problems.add("transaction " + tx + " sums to " + sum);
            }
        });
        long total = balances.values().stream().mapToLong(Long::longValue).sum();
        if (total != 0) {
            problems.add("accounts hold " + total + " in total, expected 0");
        }
        if (balances.getOrDefault(Ledger.ESCROW, 0L) != 0) {
            problems.add("escrow still holds " + balances.get(Ledger.ESCROW));
        }
        if (paid != earned + fees + refunded) {
            problems.add("paid " + paid + " != earned " + earned + " + access fees " + fees + " + refunded " + refunded);
        }
        return new Result(paid, earned, fees, refunded, balances, problems);
    }
}
