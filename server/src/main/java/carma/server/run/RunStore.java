package carma.server.run;

import carma.server.db.Database;
import carma.server.db.Timestamps;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The runs table. */
public final class RunStore {
    private final Database db;

    public RunStore(Database db) {
        this.db = db;
    }

    /** Inserts a run in state created; {@code outDirOf} turns its new id into its output folder. */
    public RunRow create(String name, String scenario, String createdBy, java.util.function.LongFunction<String> outDirOf) {
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (name, state, out_dir, scenario,"
                    + " created_by, created_at) VALUES (?, ?, '', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, RunState.CREATED.word());
                ps.setString(3, scenario);
                ps.setString(4, createdBy);
                ps.setTimestamp(5, Timestamps.now());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET out_dir = ? WHERE id = ?")) {
                ps.setString(1, outDirOf.apply(id));
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return find(c, id).orElseThrow();
        });
    }

    public void update(long id, RunState state, String outcome) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET state = ?, outcome = ? WHERE id = ?")) {
                ps.setString(1, state.word());
                ps.setString(2, outcome);
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Runs left running or paused by a server that died are marked failed at the next start. */
    public int failInterrupted() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET state = 'failed',"
                    + " outcome = 'failed: the server stopped during the run' WHERE state IN ('running', 'paused')")) {
                return ps.executeUpdate();
            }
        });
    }

    public Optional<RunRow> find(long id) {
        return db.inTransaction(c -> find(c, id));
    }

    public List<RunRow> list() {
        return db.inTransaction(c -> {
            List<RunRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        });
    }

    private static final String SELECT = "SELECT id, name, state, outcome, out_dir, created_by, created_at FROM runs";

    private static Optional<RunRow> find(java.sql.Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static RunRow row(ResultSet rs) throws SQLException {
        return new RunRow(rs.getLong(1), rs.getString(2), RunState.ofWord(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant().toString());
    }
}
