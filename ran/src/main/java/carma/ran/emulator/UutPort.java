package carma.ran.emulator;

import carma.kernel.sim.Simulator;

/**
 * The entry of the user under test: its packets come from outside the emulator (AROMA's traffic
 * switch; here a configured source or, later, real IP packets). For each packet the emulator
 * answers through the {@link PacketOutcomeListener}: forwarded at time t, or discarded.
 */
public final class UutPort {
    private final RanEmulator emulator;
    private final Simulator simulator;

    UutPort(RanEmulator emulator, Simulator simulator) {
        this.emulator = emulator;
        this.simulator = simulator;
    }

    /** Sets who is told of forwarded and discarded packets and of attachment changes. */
    public void setListener(PacketOutcomeListener listener) {
        emulator.setUutListener(listener);
    }

    /** On the simulation thread: a packet of {@code sizeBits} arrives now. Returns its id. */
    public long inject(int sizeBits) {
        int u = emulator.userUnderTestIndex();
        return emulator.enqueue(u, simulator.nowNs(), sizeBits, emulator.nextUutPacketId());
    }

    /**
     * From any thread: a packet with the caller's id arrives; it enters the buffer at the next tick
     * boundary (the kernel's command queue).
     */
    public void submit(long packetId, int sizeBits) {
        int u = emulator.userUnderTestIndex();
        simulator.submit(now -> emulator.enqueue(u, now, sizeBits, packetId));
    }
}
