package carma.server.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection c) throws SQLException;
}
