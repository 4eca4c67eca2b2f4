package carma.server.run;

import carma.mesh.denarii.LedgerEntry;
import carma.mesh.measure.FlowSample;
import carma.mesh.net.TrafficType;
import carma.scenario.MeshSection;
import carma.scenario.ModelSection;
import carma.scenario.ScenarioSpec;
import carma.kernel.trace.TraceBus;
import carma.server.account.AccountKind;
import carma.server.account.AccountStore;
import carma.server.db.Database;
import carma.server.ledger.LedgerStore;
import carma.server.ledger.TransactionKind;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a mesh run started from the server leaves in the database: its Denarii ledger (every
 * transaction of {@code ledger.csv}, under accounts {@code run<id>:<account>} and keys
 * {@code run<id>:tx<txId>}, so re-posting records nothing twice) and, for each flow whose payer node
 * has the name of a server user, what it carried. Both are taken from the trace bus.
 *
 * <p>Bytes are goodput × sample interval summed over the flow's samples; the first sample's interval
 * is taken equal to the second's (the meter's period) [approximation].
 */
public final class MeshBooks {
    private final long runId;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<String, FlowTally> flows = new LinkedHashMap<>();

    private static final class FlowTally {
        long packets;
        double bytes;
        long lastNs = -1;
        double firstGoodputBps = -1;
    }

    public MeshBooks(long runId, TraceBus bus) {
        this.runId = runId;
        bus.subscribe(LedgerEntry.class, entries::add);
        bus.subscribe(FlowSample.class, this::count);
    }

    private void count(FlowSample s) {
        FlowTally t = flows.computeIfAbsent(s.flow(), k -> new FlowTally());
        t.packets += s.packets();
        if (t.lastNs >= 0) {
            double intervalS = (s.timeNs() - t.lastNs) / 1e9;
            t.bytes += s.goodputBps() * intervalS / 8;
            if (t.firstGoodputBps >= 0) {
                t.bytes += t.firstGoodputBps * intervalS / 8;
                t.firstGoodputBps = -1;
            }
        } else {
            t.firstGoodputBps = s.goodputBps();
        }
        t.lastNs = s.timeNs();
    }

    /** The run's account for a mesh account. */
    public static String account(long runId, String meshAccount) {
        return "run" + runId + ":" + meshAccount;
    }

    /** Writes the ledger and the users' traffic; returns the number of transactions posted. */
    public int write(Database db, LedgerStore ledger, ScenarioSpec spec) {
        Map<Long, List<LedgerEntry>> byTx = new TreeMap<>();
        for (LedgerEntry e : entries) {
            byTx.computeIfAbsent(e.txId(), k -> new ArrayList<>()).add(e);
        }
        db.inTransaction(c -> {
            for (LedgerEntry e : entries) {
                if (AccountStore.find(c, account(runId, e.account())).isEmpty()) {
                    AccountStore.create(c, account(runId, e.account()), AccountKind.RUN_ACCOUNT);
                }
            }
            return null;
        });
        for (Map.Entry<Long, List<LedgerEntry>> tx : byTx.entrySet()) {
            Map<String, Long> legs = new TreeMap<>();
            for (LedgerEntry e : tx.getValue()) {
                legs.merge(account(runId, e.account()), e.amountMinor(), Long::sum);
            }
            legs.values().removeIf(v -> v == 0);
            if (legs.size() >= 2) {
                LedgerEntry first = tx.getValue().get(0);
                ledger.post("run" + runId + ":tx" + tx.getKey(), TransactionKind.of(first.kind()),
                        first.key() == null ? "" : first.key(), legs);
            }
        }
        writeTraffic(db, spec);
        return byTx.size();
    }

    private void writeTraffic(Database db, ScenarioSpec spec) {
        db.inTransaction(c -> {
            for (ModelSection m : spec.models()) {
                if (!(m instanceof MeshSection mesh)) {
                    continue;
                }
                for (MeshSection.Flow f : mesh.flows()) {
                    FlowTally t = flows.get(f.name());
                    if (f.payer() == null) {
                        continue;
                    }
                    var payer = AccountStore.find(c, f.payer());
                    if (t == null || payer.isEmpty() || payer.get().kind() != AccountKind.USER) {
                        continue;
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO traffic (run_id, account, flow,"
                            + " traffic_class, packets_received, bytes_received) VALUES (?, ?, ?, ?, ?, ?)")) {
                        ps.setLong(1, runId);
                        ps.setString(2, f.payer());
                        ps.setString(3, f.name());
                        ps.setString(4, trafficClass(f).name().toLowerCase(java.util.Locale.ROOT));
                        ps.setLong(5, t.packets);
                        ps.setLong(6, Math.round(t.bytes));
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static TrafficType trafficClass(MeshSection.Flow f) {
        if (f instanceof MeshSection.DatagramFlow d) {
            return d.trafficClass();
        }
        if (f instanceof MeshSection.TcpFlow t) {
            return t.trafficClass();
        }
        return TrafficType.PING;
    }
}
