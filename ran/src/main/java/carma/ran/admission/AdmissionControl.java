package carma.ran.admission;

import carma.traffic.QosClass;

/** Decides whether a session (new, or arriving by handover) may be admitted in a cell. */
public interface AdmissionControl {
    boolean admit(int cell, QosClass qosClass, double rateBps, boolean handover, CellLoad load);

    /** Admits everything. */
    AdmissionControl ACCEPT_ALL = (cell, qosClass, rateBps, handover, load) -> true;
}
