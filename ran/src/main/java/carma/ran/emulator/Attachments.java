package carma.ran.emulator;

import carma.radio.deployment.Technology;
import carma.ran.admission.AdmissionControl;
import carma.ran.admission.CellLoad;
import carma.ran.user.CellMembers;
import carma.ran.user.UserTable;
import carma.traffic.QosClass;

/**
 * Attaching users to cells: admission per RAN, CRRM RAN selection by technology preference
 * weights among reachable RANs, attach / move / detach with the booking of the cell load and the
 * refresh of the user's link and report.
 */
final class Attachments {
    private static final Technology[] TECHNOLOGIES = Technology.values();
    private final RadioEnvironment radio;
    private final UserTable users;
    private final CellMembers members;
    private final CellLoad load;
    private final AdmissionControl[] admission;
    private final CrrmPreferences crrm;
    private final HandoverParameters thresholds;
    private final Services services;
    private final AirInterface[] airOfTechnology;
    private final int uut;
    private final Delivery delivery;
    private final CellMembers backlog;

    Attachments(RadioEnvironment radio, UserTable users, CellMembers members, CellLoad load, AdmissionControl[] admission,
            CrrmPreferences crrm, HandoverParameters thresholds, Services services, AirInterface[] airOfTechnology,
            int uut, Delivery delivery, CellMembers backlog) {
        this.backlog = backlog;
        this.radio = radio;
        this.users = users;
        this.members = members;
        this.load = load;
        this.admission = admission;
        this.crrm = crrm;
        this.thresholds = thresholds;
        this.services = services;
        this.airOfTechnology = airOfTechnology;
        this.uut = uut;
        this.delivery = delivery;
    }

    CellLoad load() {
        return load;
    }

    /** True when the cell's broadcast channel is received above its technology's threshold (+ margin). */
    boolean reachable(int cell, int u, double marginDb) {
        return radio.broadcastRxDbm(cell, u) >= thresholds.thresholdDbm(radio.technologyOf(cell)) + marginDb;
    }

    /**
     * CRRM RAN selection for a new session: technologies by decreasing preference weight for the
     * class; in each, the strongest cell if reachable and admitted. Returns the cell, or −1 with
     * {@code why[0]} set.
     */
    int select(int u, int service, String[] why) {
        QosClass k = services.qosClass(service);
        double rate = services.admissionRateBps(service);
        why[0] = "no coverage";
        boolean[] tried = new boolean[TECHNOLOGIES.length];
        for (int round = 0; round < tried.length; round++) {
            Technology t = nextPreferred(k, tried);
            if (t == null) {
                break;
            }
            tried[t.ordinal()] = true;
            int best = radio.bestCell(t, u);
            if (best < 0 || !reachable(best, u, 0)) {
                continue;
            }
            if (admission[t.ordinal()].admit(best, k, rate, false, load)) {
                return best;
            }
            why[0] = "admission";
        }
        return -1;
    }

    private Technology nextPreferred(QosClass k, boolean[] tried) {
        Technology best = null;
        double w = 0;
        for (Technology t : TECHNOLOGIES) {
            double wt = crrm.weight(k.ordinal(), t);
            if (!tried[t.ordinal()] && wt > w && radio.cellsOf(t).length > 0) {
                w = wt;
                best = t;
            }
        }
        return best;
    }

    boolean admitHandover(int u, int cell) {
        int s = users.service[u];
        return admission[radio.technologyOf(cell).ordinal()].admit(cell, services.qosClass(s), services.admissionRateBps(s),
                true, load);
    }

    void attach(int u, int cell, long nowNs) {
        users.servingCell[u] = cell;
        members.add(cell, u);
        delivery.joinBacklog(u);
        load.book(cell, services.admissionRateBps(users.service[u]));
        radio.refreshLink(u);
        airOfTechnology[radio.technologyOf(cell).ordinal()].report(u, nowNs);
        if (u == uut) {
            delivery.uutListener().attached(nowNs, radio.deployment().cell(cell).ran().value(), cell);
        }
    }

    void detach(int u, long nowNs) {
        int cell = users.servingCell[u];
        if (cell < 0) {
            return;
        }
        members.remove(cell, u);
        if (backlog.contains(u)) {
            backlog.remove(cell, u);
        }
        load.release(cell, services.admissionRateBps(users.service[u]));
        users.servingCell[u] = -1;
        delivery.resetRetransmissions(u);
        if (u == uut) {
            delivery.uutListener().attached(nowNs, -1, -1);
        }
    }

    void move(int u, int toCell, long nowNs) {
        detach(u, nowNs);
        attach(u, toCell, nowNs);
    }


    double preference(int u, Technology t) {
        return crrm.weight(users.classPriority[u], t);
    }
}
