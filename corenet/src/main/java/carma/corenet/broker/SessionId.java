package carma.corenet.broker;

/** A session whose core resources the broker reserves (a UUT session; emulated users reserve nothing). */
public record SessionId(long value) {
    @Override
    public String toString() {
        return "session" + value;
    }
}
