package carma.server.ledger;

import carma.server.db.Database;
import carma.server.db.DatabaseException;
import carma.server.db.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Denarii ledger in the database: append-only, double entry, exact ({@code long} minor units).
 *
 * <p>One transaction is one database transaction: look up the idempotency key (a replay answers the
 * recorded transaction; the same key with a different request is refused), insert the transaction row
 * (the unique key makes a concurrent twin wait and then fail, after which it is answered as a replay),
 * then move the cached balances in account-name order (so concurrent transactions never deadlock),
 * refusing a debit below zero except for the issuer and run accounts, and append the entries.
 * Balances are sums of entries ({@code account_balances}); the cache only serves the funds check, and
 * {@link #audit()} compares the two.
 */
public final class LedgerStore {
    /** Longest idempotency key. */
    public static final int MAX_KEY_CHARS = 200;
    public static final int MAX_MEMO_CHARS = 500;
    private static final int ATTEMPTS = 3;
    private final Database db;

    public LedgerStore(Database db) {
        this.db = db;
    }

    /** Moves {@code amountMinor} from one account to another. */
    public Transaction transfer(String key, TransactionKind kind, String from, String to, long amountMinor,
            String memo) {
        if (amountMinor <= 0) {
            throw new LedgerException(LedgerException.Reason.INVALID, "amountMinor must be a positive integer");
        }
        if (from.equals(to)) {
            throw new LedgerException(LedgerException.Reason.INVALID, "from and to must differ");
        }
        Map<String, Long> legs = new TreeMap<>();
        legs.put(from, -amountMinor);
        legs.put(to, amountMinor);
        return post(key, kind, memo, legs);
    }

    /** Records one transaction of several legs (account → signed amount) that sum to zero. */
    public Transaction post(String key, TransactionKind kind, String memo, Map<String, Long> legs) {
        check(key, memo, legs);
        TreeMap<String, Long> sorted = new TreeMap<>(legs);
        String requestSha = requestSha256(kind, memo, sorted);
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(c -> postIn(c, key, kind, memo, sorted, requestSha));
            } catch (DatabaseException e) {
                if (!e.isUniqueViolation() || attempt == ATTEMPTS) {
                    throw e;
                }
                // a concurrent request with the same key committed first: the next attempt answers its replay
            }
        }
    }

    private static void check(String key, String memo, Map<String, Long> legs) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_CHARS) {
            throw new LedgerException(LedgerException.Reason.INVALID,
                    "an idempotency key has 1 to " + MAX_KEY_CHARS + " characters");
        }
        if (memo == null || memo.length() > MAX_MEMO_CHARS) {
            throw new LedgerException(LedgerException.Reason.INVALID, "memo has at most " + MAX_MEMO_CHARS
                    + " characters");
        }
        if (legs.size() < 2) {
            throw new LedgerException(LedgerException.Reason.INVALID, "a transaction has at least two accounts");
        }
        long sum = 0;
        for (long amount : legs.values()) {
            if (amount == 0) {
                throw new LedgerException(LedgerException.Reason.INVALID, "an entry moves a non-zero amount");
            }
            sum = Math.addExact(sum, amount);
        }
        if (sum != 0) {
            throw new LedgerException(LedgerException.Reason.INVALID, "the entries sum to " + sum + ", not zero");
        }
    }

    private Transaction postIn(Connection c, String key, TransactionKind kind, String memo,
            TreeMap<String, Long> legs, String requestSha) throws SQLException {
        Optional<Recorded> existing = findByKey(c, key);
        if (existing.isPresent()) {
            if (!existing.get().requestSha256().equals(requestSha)) {
                throw new LedgerException(LedgerException.Reason.KEY_REUSED,
                        "the Idempotency-Key already recorded a different transaction (tx " + existing.get().tx().txId()
                                + ")");
            }
            return existing.get().tx().asReplay();
        }
        long txId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_transactions (idem_key, kind, memo,"
                + " request_sha256, created_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, key);
            ps.setString(2, kind.word());
            ps.setString(3, memo);
            ps.setString(4, requestSha);
            ps.setTimestamp(5, Timestamps.now());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                txId = rs.getLong(1);
            }
        }
        List<Transaction.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Long> leg : legs.entrySet()) {
            moveBalance(c, leg.getKey(), leg.getValue());
            entries.add(new Transaction.Entry(leg.getKey(), leg.getValue()));
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ledger_entries (tx_id, account, amount_minor) VALUES (?, ?, ?)")) {
            for (Transaction.Entry e : entries) {
                ps.setLong(1, txId);
                ps.setString(2, e.account());
                ps.setLong(3, e.amountMinor());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new Transaction(txId, key, kind, memo, entries, false);
    }

    private static void moveBalance(Connection c, String account, long amountMinor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET balance_minor = balance_minor + ?"
                + " WHERE name = ? AND (kind IN ('issuer', 'run-account') OR balance_minor + ? >= 0)")) {
            ps.setLong(1, amountMinor);
            ps.setString(2, account);
            ps.setLong(3, amountMinor);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT balance_minor FROM accounts WHERE name = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new LedgerException(LedgerException.Reason.UNKNOWN_ACCOUNT, "no account '" + account + "'");
                }
                throw new LedgerException(LedgerException.Reason.INSUFFICIENT_FUNDS, "account '" + account + "' has "
                        + rs.getLong(1) + " minor units, cannot pay " + (-amountMinor));
            }
        }
    }

    private record Recorded(Transaction tx, String requestSha256) {}

    private static Optional<Recorded> findByKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT t.tx_id, t.kind, t.memo, t.request_sha256, e.account,"
                + " e.amount_minor FROM ledger_transactions t JOIN ledger_entries e ON e.tx_id = t.tx_id"
                + " WHERE t.idem_key = ? ORDER BY e.account")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                List<Transaction.Entry> entries = new ArrayList<>();
                long txId = -1;
                String kind = null;
                String memo = null;
                String sha = null;
                while (rs.next()) {
                    txId = rs.getLong(1);
                    kind = rs.getString(2);
                    memo = rs.getString(3);
                    sha = rs.getString(4);
                    entries.add(new Transaction.Entry(rs.getString(5), rs.getLong(6)));
                }
                return txId < 0 ? Optional.empty() : Optional.of(new Recorded(
                        new Transaction(txId, key, TransactionKind.ofWord(kind), memo, entries, false), sha));
            }
        }
    }

    /** The balance as the sum of the account's entries; empty for an unknown account. */
    public Optional<Long> balance(String account) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT balance_minor FROM account_balances WHERE account = ?")) {
                ps.setString(1, account);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** One entry as listed for an account, newest first. */
    public record Line(long txId, String key, TransactionKind kind, String memo, long amountMinor,
            String createdAt) {}

    /** The newest {@code limit} entries of an account. */
    public List<Line> entries(String account, int limit) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT t.tx_id, t.idem_key, t.kind, t.memo,"
                    + " e.amount_minor, t.created_at FROM ledger_entries e JOIN ledger_transactions t"
                    + " ON t.tx_id = e.tx_id WHERE e.account = ? ORDER BY e.entry_id DESC")) {
                ps.setString(1, account);
                ps.setMaxRows(limit);
                List<Line> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new Line(rs.getLong(1), rs.getString(2), TransactionKind.ofWord(rs.getString(3)),
                                rs.getString(4), rs.getLong(5), rs.getTimestamp(6).toInstant().toString()));
                    }
                }
                return lines;
            }
        });
    }

    /** The books checked: see {@link Audit}. */
    public Audit audit() {
        return db.inTransaction(c -> new Audit(
                count(c, "SELECT COUNT(*) FROM ledger_entries"),
                count(c, "SELECT COUNT(*) FROM ledger_transactions"),
                count(c, "SELECT COUNT(DISTINCT idem_key) FROM ledger_transactions"),
                longs(c, "SELECT t.tx_id FROM ledger_transactions t LEFT JOIN ledger_entries e ON e.tx_id = t.tx_id"
                        + " GROUP BY t.tx_id HAVING COALESCE(SUM(e.amount_minor), 0) <> 0 ORDER BY t.tx_id"),
                longs(c, "SELECT t.tx_id FROM ledger_transactions t LEFT JOIN ledger_entries e ON e.tx_id = t.tx_id"
                        + " GROUP BY t.tx_id HAVING COUNT(e.entry_id) < 2 ORDER BY t.tx_id"),
                strings(c, "SELECT a.name FROM accounts a JOIN account_balances b ON b.account = a.name"
                        + " WHERE a.balance_minor <> b.balance_minor ORDER BY a.name"),
                count(c, "SELECT COALESCE(SUM(amount_minor), 0) FROM ledger_entries")));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static String requestSha256(TransactionKind kind, String memo, TreeMap<String, Long> legs) {
        StringBuilder sb = new StringBuilder(kind.word()).append('\n').append(memo.length()).append(':').append(memo);
        legs.forEach((a, v) -> sb.append('\n').append(a).append('=').append(v));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
