package carma.corenet.trace;

import carma.corenet.broker.Direction;
import carma.corenet.broker.ReleaseCause;
import carma.corenet.diffserv.Psc;
import carma.kernel.trace.TraceRecord;

/** A reservation freed by the broker. */
public record ReservationReleaseRecord(long timeNs, long sessionId, Direction direction, Psc psc, int lspId,
        long rateBps, ReleaseCause cause) implements TraceRecord {}
