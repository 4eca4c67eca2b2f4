package carma.corenet.trace;

import carma.corenet.broker.Decision;
import carma.corenet.broker.Direction;
import carma.corenet.diffserv.Psc;
import carma.kernel.trace.TraceRecord;

/**
 * An admission decision of the bandwidth broker.
 *
 * @param lspId the LSP the reservation was placed on (−1 when rejected)
 * @param headroomBps on the LSP tried last, min over its links of s_c·C_e − max(R, M) before this request
 */
public record BrokerDecisionRecord(long timeNs, long sessionId, Direction direction, Psc psc, String ingress,
        String egress, long rateBps, Decision decision, int lspId, long headroomBps, String reason)
        implements TraceRecord {}
