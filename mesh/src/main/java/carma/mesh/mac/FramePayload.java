package carma.mesh.mac;

/** What a MAC frame carries: a data packet or a control message (implemented by those types). */
public interface FramePayload {}
