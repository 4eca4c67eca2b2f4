package carma.mesh.handover;

import carma.kernel.trace.TraceRecord;

/** The CNAPT/SNAPT tunnel of a session was re-attached through a new gateway. */
public record RelaySwitch(long timeNs, String session, String fromGateway, String toGateway, String side)
        implements TraceRecord {}
