package carma.corenet.diffserv;

/** What a scheduler may see of a port: per class, the backlog and the size of its head packet. */
public interface ClassBacklog {
    int packets(Psc psc);

    /** Size of the head packet of {@code psc}'s queue; only asked when that queue is not empty. */
    int headBytes(Psc psc);
}
