package carma.mesh.net;

import carma.mesh.mac.FramePayload;

/** A routing or scheduling control message broadcast to 1-hop neighbours (TTL 1). */
public interface ControlMessage extends FramePayload {
    int originator();

    int sizeBytes();
}
