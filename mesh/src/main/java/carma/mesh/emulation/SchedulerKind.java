package carma.mesh.emulation;

/** The queueing discipline of the CARMNET nodes. */
public enum SchedulerKind {
    DANUM,
    FIFO
}
