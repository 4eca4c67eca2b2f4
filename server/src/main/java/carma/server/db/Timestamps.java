package carma.server.db;

import java.sql.Timestamp;
import java.time.Instant;

/** Timestamps as the database stores them (UTC wall time, millisecond precision). */
public final class Timestamps {
    private Timestamps() {}

    public static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
