package carma.traffic.source;

import carma.traffic.PacketSink;
import java.util.ArrayList;
import java.util.List;

/** Test sink recording every packet and checking that arrivals come in time order. */
final class PacketLog implements PacketSink {
    record Packet(long arrivalNs, int sizeBits) {}

    private final List<Packet> packets = new ArrayList<>();

    @Override
    public void onPacket(long arrivalNs, int sizeBits) {
        if (!packets.isEmpty() && arrivalNs < packets.get(packets.size() - 1).arrivalNs()) {
            throw new AssertionError("packet at " + arrivalNs + " ns after one at " + packets.get(packets.size() - 1));
        }
        if (sizeBits <= 0) {
            throw new AssertionError("non-positive size " + sizeBits);
        }
        packets.add(new Packet(arrivalNs, sizeBits));
    }

    int count() {
        return packets.size();
    }

    long arrivalNs(int i) {
        return packets.get(i).arrivalNs();
    }

    int sizeBits(int i) {
        return packets.get(i).sizeBits();
    }

    long totalBits() {
        long sum = 0;
        for (Packet p : packets) {
            sum += p.sizeBits();
        }
        return sum;
    }

    List<Packet> asList() {
        return List.copyOf(packets);
    }
}
