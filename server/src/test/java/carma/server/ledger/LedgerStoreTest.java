package carma.server.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.server.TestDatabases;
import carma.server.account.AccountKind;
import carma.server.account.AccountStore;
import carma.server.db.Database;
import carma.server.db.DatabaseException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ledger's rules, on H2 and on PostgreSQL. */
class LedgerStoreTest {
    static List<String> kinds() {
        return TestDatabases.kinds();
    }

    private static Database withAccounts(String kind, String... users) throws Exception {
        Database db = TestDatabases.open(kind);
        db.inTransaction(c -> {
            AccountStore.ensureIssuer(c);
            for (String u : users) {
                AccountStore.create(c, u, AccountKind.USER);
            }
            return null;
        });
        return db;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aTransferIsTwoEntriesThatSumToZeroAndBalancesAreSumsOfEntries(String kind) throws Exception {
        try (Database db = withAccounts(kind, "alice", "bob")) {
            LedgerStore ledger = new LedgerStore(db);
            ledger.transfer("g1", TransactionKind.GRANT, "issuer", "alice", 1_000, "grant");
            Transaction t = ledger.transfer("t1", TransactionKind.TRANSFER, "alice", "bob", 250, "lunch");
            assertThat(t.entries()).containsExactly(new Transaction.Entry("alice", -250),
                    new Transaction.Entry("bob", 250));
            assertThat(ledger.balance("alice")).contains(750L);
            assertThat(ledger.balance("bob")).contains(250L);
            assertThat(ledger.balance("issuer")).contains(-1_000L);
            assertThat(ledger.balance("nobody")).isEmpty();
            assertThat(ledger.entries("alice", 10)).extracting(LedgerStore.Line::amountMinor).containsExactly(-250L, 1000L);
            Audit a = ledger.audit();
            assertThat(a.clean()).isTrue();
            assertThat(a.entries()).isEqualTo(4);
            assertThat(a.transactions()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theSameKeyTwiceRecordsOneTransactionAndADifferentRequestWithItIsRefused(String kind) throws Exception {
        try (Database db = withAccounts(kind, "alice", "bob")) {
            LedgerStore ledger = new LedgerStore(db);
            Transaction first = ledger.transfer("k", TransactionKind.GRANT, "issuer", "alice", 10, "m");
            Transaction again = ledger.transfer("k", TransactionKind.GRANT, "issuer", "alice", 10, "m");
            assertThat(first.replayed()).isFalse();
            assertThat(again.replayed()).isTrue();
            assertThat(again.txId()).isEqualTo(first.txId());
            assertThat(again.entries()).isEqualTo(first.entries());
            assertThatThrownBy(() -> ledger.transfer("k", TransactionKind.GRANT, "issuer", "alice", 11, "m"))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.KEY_REUSED));
            assertThat(ledger.balance("alice")).contains(10L);
            assertThat(ledger.audit().transactions()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void refusedTransactionsWriteNothing(String kind) throws Exception {
        try (Database db = withAccounts(kind, "alice", "bob")) {
            LedgerStore ledger = new LedgerStore(db);
            ledger.transfer("g", TransactionKind.GRANT, "issuer", "alice", 100, "");
            assertThatThrownBy(() -> ledger.transfer("a", TransactionKind.TRANSFER, "alice", "bob", 101, ""))
                    .hasMessageContaining("has 100 minor units");
            assertThatThrownBy(() -> ledger.transfer("b", TransactionKind.TRANSFER, "alice", "carol", 1, ""))
                    .isInstanceOfSatisfying(LedgerException.class,
                            e -> assertThat(e.reason()).isEqualTo(LedgerException.Reason.UNKNOWN_ACCOUNT));
            assertThatThrownBy(() -> ledger.transfer("c", TransactionKind.TRANSFER, "alice", "bob", 0, ""))
                    .isInstanceOf(LedgerException.class);
            assertThatThrownBy(() -> ledger.post("d", TransactionKind.TRANSFER, "", Map.of("alice", -5L, "bob", 4L)))
                    .hasMessageContaining("sum to -1");
            assertThat(ledger.balance("alice")).contains(100L);
            assertThat(ledger.audit().transactions()).isEqualTo(1);
            assertThat(ledger.audit().clean()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void concurrentTransfersKeepTheBooksAndConcurrentTwinsRecordOnce(String kind) throws Exception {
        String[] users = {"u0", "u1", "u2", "u3", "u4"};
        try (Database db = withAccounts(kind, users)) {
            LedgerStore ledger = new LedgerStore(db);
            for (String u : users) {
                ledger.transfer("grant-" + u, TransactionKind.GRANT, "issuer", u, 1_000, "");
            }
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> futures = new ArrayList<>();
            int n = 600;
            for (int i = 0; i < n; i++) {
                int k = i / 2; // every key is sent twice, by two threads at about the same time
                futures.add(pool.submit(() -> {
                    try {
                        ledger.transfer("t" + k, TransactionKind.TRANSFER, users[k % 5], users[(k * 3 + 1) % 5 == k % 5
                                ? (k + 1) % 5 : (k * 3 + 1) % 5], 1 + k % 7, "");
                    } catch (LedgerException e) {
                        assertThat(e.reason()).isEqualTo(LedgerException.Reason.INSUFFICIENT_FUNDS);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            Audit a = ledger.audit();
            assertThat(a.clean()).as(a.toString()).isTrue();
            assertThat(a.transactions()).isEqualTo(5 + n / 2);
            long total = 0;
            for (String u : users) {
                total += ledger.balance(u).orElseThrow();
                assertThat(ledger.balance(u).orElseThrow()).isNotNegative();
            }
            assertThat(total).isEqualTo(5_000);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void postgresqlRefusesToRewriteTheLedger(String kind) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(kind.equals("postgresql"), "a trigger only on PostgreSQL");
        try (Database db = withAccounts(kind, "alice")) {
            new LedgerStore(db).transfer("g", TransactionKind.GRANT, "issuer", "alice", 5, "");
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_entries SET amount_minor = 6")) {
                    return ps.executeUpdate();
                }
            })).isInstanceOf(DatabaseException.class).hasMessageContaining("append-only");
        }
    }
}
