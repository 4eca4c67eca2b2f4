package carma.mesh.denarii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.kernel.trace.TraceBus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
    @Test
    void postingTheSameKeyTwiceChangesNothing() {
        Ledger l = new Ledger(new TraceBus());
        long a = l.transfer(0, EntryKind.GRANT, "grant/u", Ledger.ISSUER, "u", 1000);
        long b = l.transfer(5, EntryKind.GRANT, "grant/u", Ledger.ISSUER, "u", 1000);
        assertThat(b).isEqualTo(a);
        assertThat(l.balance("u")).isEqualTo(1000);
        assertThat(l.entries()).hasSize(2);
    }

    @Test
    void unbalancedTransactionsAreRejected() {
        Ledger l = new Ledger(new TraceBus());
        Map<String, Long> legs = new LinkedHashMap<>();
        legs.put("u", -10L);
        legs.put("n1", 9L);
        assertThatThrownBy(() -> l.post(0, EntryKind.EARNING, "k", legs)).isInstanceOf(IllegalArgumentException.class);
        assertThat(l.entries()).isEmpty();
    }

    @Test
    void balancesAreSumsOfEntriesAndTheAuditFindsTampering(@TempDir Path dir) throws Exception {
        Ledger l = new Ledger(new TraceBus());
        l.transfer(0, EntryKind.GRANT, "g", Ledger.ISSUER, "u", 1000);
        l.transfer(1, EntryKind.PAYMENT, "p", "u", Ledger.ESCROW, 30);
        Map<String, Long> earn = new LinkedHashMap<>();
        earn.put(Ledger.ESCROW, -20L);
        earn.put("n1", 12L);
        earn.put("n2", 8L);
        l.post(2, EntryKind.EARNING, "e", earn);
        l.transfer(3, EntryKind.REFUND, "r", Ledger.ESCROW, "u", 10);
        LedgerAudit.Result ok = LedgerAudit.audit(l.entries());
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.paidMinor()).isEqualTo(30);
        assertThat(ok.earnedMinor() + ok.refundedMinor()).isEqualTo(30);
        assertThat(ok.balances()).containsEntry("u", 980L).containsEntry("n1", 12L);

        Path csv = dir.resolve("ledger.csv");
        LedgerCsv.write(csv, l.entries());
        List<LedgerEntry> back = LedgerCsv.read(csv);
        assertThat(back).isEqualTo(l.entries());

        List<LedgerEntry> doubled = new ArrayList<>(back);
        LedgerEntry e = back.get(back.size() - 1);
        doubled.add(new LedgerEntry(99, e.timeNs(), e.account(), e.amountMinor(), e.kind(), e.key()));
        assertThat(LedgerAudit.audit(doubled).problems()).isNotEmpty();
        List<LedgerEntry> lost = new ArrayList<>(back);
        lost.remove(lost.size() - 1);
        assertThat(LedgerAudit.audit(lost).problems()).isNotEmpty();
    }
}
