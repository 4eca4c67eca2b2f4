package carma.mesh.denarii;

import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import carma.mesh.measure.BalanceSample;
import carma.mesh.net.DropReason;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.Packet;
import carma.mesh.net.PacketObserver;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Denarii settlement on the hop credits actually recorded (danum.md section 5, [reconstructed]):
 * each forwarding hop's backlog differential and each gateway crossing's access fee is recorded
 * against the packet; when the packet is delivered they become earnings of those nodes, when it is
 * dropped they are refunded to the payer. Per flow and settlement period the payer pays the total
 * into escrow, escrow pays the earners and refunds the rest, so that paid = earned + fees +
 * refunded by construction and the ledger shows every movement. A node earns nothing for its own
 * traffic. Accounts are node names plus {@code issuer} and {@code escrow}.
 */
public final class DenariiAccounting implements PacketObserver, EventSink<DenariiAccounting.Tick> {
    /** Settlement or balance-sampling time. */
    public sealed interface Tick permits Grant, Settle, Sample {}

    record Grant() implements Tick {}

    record Settle() implements Tick {}

    record Sample() implements Tick {}

    private static final class Credits {
        final int flow;
        final Map<String, Long> earnings = new LinkedHashMap<>(4);
        final Map<String, Long> fees = new LinkedHashMap<>(2);

        Credits(int flow) {
            this.flow = flow;
        }

        long total() {
            long t = 0;
            for (long v : earnings.values()) {
                t += v;
            }
            for (long v : fees.values()) {
                t += v;
            }
            return t;
        }
    }

    private static final class Pending {
        final Map<String, Long> earnings = new TreeMap<>();
        final Map<String, Long> fees = new TreeMap<>();
        long refund;
    }

    private final Simulator sim;
    private final MeshNetwork net;
    private final DenariiTariff tariff;
    private final Ledger ledger;
    private final Map<Long, Credits> inFlight = new HashMap<>();
    private final Map<Integer, Pending> pending = new TreeMap<>();
    private long period;

    public DenariiAccounting(MeshNetwork net, DenariiTariff tariff) {
        this.sim = net.simulator();
        this.net = net;
        this.tariff = tariff;
        this.ledger = new Ledger(sim.traceBus());
        net.addObserver(this);
        // as events, so that the grants reach trace subscribers that attach after assembly
        sim.schedule(sim.nowNs(), this, new Grant());
        sim.schedule(tariff.settlementPeriodNs(), this, new Settle());
        sim.schedule(sim.nowNs(), this, new Sample());
    }

    public Ledger ledger() {
        return ledger;
    }

    @Override
    public void onHop(Packet p, int node, int nextHop, long creditMinor, long nowNs) {
        if (creditMinor > 0) {
            record(p, net.node(node).name(), creditMinor, false);
        }
    }

    @Override
    public void onGatewayCrossing(Packet p, int gateway, long nowNs) {
        NodeSpec g = net.node(gateway);
        long fee = tariff.accessFeeMinorPerKbyte() * p.sizeBytes() / 1000;
        if (g.sharesInternet() && fee > 0) {
            record(p, g.name(), fee, true);
        }
    }

    private void record(Packet p, String earner, long amount, boolean fee) {
        FlowSpec f = net.flow(p.flow());
        if (f == null || f.payer().equals(earner)) {
            return;
        }
        Credits c = inFlight.computeIfAbsent(p.uid(), k -> new Credits(p.flow().value()));
        (fee ? c.fees : c.earnings).merge(earner, amount, Long::sum);
    }

    @Override
    public void onDelivered(Packet p, long nowNs) {
        Credits c = inFlight.remove(p.uid());
        if (c != null) {
            Pending pd = pending.computeIfAbsent(p.flow().value(), k -> new Pending());
            c.earnings.forEach((k, v) -> pd.earnings.merge(k, v, Long::sum));
            c.fees.forEach((k, v) -> pd.fees.merge(k, v, Long::sum));
        }
    }

    @Override
    public void onDropped(Packet p, int node, DropReason reason, long nowNs) {
        Credits c = inFlight.remove(p.uid());
        if (c != null) {
            Pending pd = pending.computeIfAbsent(p.flow().value(), k -> new Pending());
            pd.refund += c.total();
        }
    }

    @Override
    public void onEvent(long nowNs, Tick tick) {
        if (tick instanceof Grant) {
            for (NodeSpec n : net.nodes()) {
                if (n.role() == NodeRole.CARMNET) {
                    ledger.transfer(nowNs, EntryKind.GRANT, "grant/" + n.name(), Ledger.ISSUER, n.name(),
                            tariff.initialBalanceMinor());
                }
            }
        } else if (tick instanceof Settle) {
            settle(nowNs);
            sim.scheduleIn(tariff.settlementPeriodNs(), this, tick);
        } else {
            for (NodeSpec n : net.nodes()) {
                if (n.role() == NodeRole.CARMNET) {
                    sim.traceBus().publish(new BalanceSample(nowNs, n.name(), ledger.balance(n.name())));
                }
            }
            sim.scheduleIn(tariff.balanceSamplePeriodNs(), this, tick);
        }
    }

    /** Settles everything pending (called periodically and at the end of a run). */
    public void settle(long nowNs) {
        long k = period++;
        for (Map.Entry<Integer, Pending> e : pending.entrySet()) {
            FlowSpec f = net.flow(new carma.mesh.net.FlowId(e.getKey()));
            Pending pd = e.getValue();
            long earned = pd.earnings.values().stream().mapToLong(Long::longValue).sum();
            long fees = pd.fees.values().stream().mapToLong(Long::longValue).sum();
            long total = earned + fees + pd.refund;
            if (total == 0) {
                continue;
            }
            String key = "flow" + e.getKey() + "/period" + k;
            ledger.transfer(nowNs, EntryKind.PAYMENT, key + "/payment", f.payer(), Ledger.ESCROW, total);
            if (earned > 0) {
                ledger.post(nowNs, EntryKind.EARNING, key + "/earning", legs(pd.earnings, earned));
            }
            if (fees > 0) {
                ledger.post(nowNs, EntryKind.ACCESS_FEE, key + "/access-fee", legs(pd.fees, fees));
            }
            if (pd.refund > 0) {
                ledger.transfer(nowNs, EntryKind.REFUND, key + "/refund", Ledger.ESCROW, f.payer(), pd.refund);
            }
        }
        pending.clear();
    }

    private static Map<String, Long> legs(Map<String, Long> credits, long total) {
        Map<String, Long> legs = new LinkedHashMap<>();
        legs.put(Ledger.ESCROW, -total);
        credits.forEach((k, v) -> legs.merge(k, v, Long::sum));
        return legs;
    }

    /** End of run: packets still in flight are refunded to their payers, then everything is settled. */
    public void close(long nowNs) {
        for (Credits c : new TreeMap<>(inFlight).values()) {
            pending.computeIfAbsent(c.flow, k -> new Pending()).refund += c.total();
        }
        inFlight.clear();
        settle(nowNs);
    }
}
