package carma.mesh.net;

/** Receives the control messages a node decodes from its neighbours' broadcasts. */
@FunctionalInterface
public interface ControlHandler {
    void onControl(int node, ControlMessage message, long nowNs);
}
