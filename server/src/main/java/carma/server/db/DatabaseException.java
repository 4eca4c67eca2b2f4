package carma.server.db;

import java.sql.SQLException;

/** A database failure (connection lost, constraint broken); the API answers it with 500 or 503. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }

    /** SQLSTATE 23505: a unique or primary key already holds the value. */
    public boolean isUniqueViolation() {
        return "23505".equals(sqlException().getSQLState());
    }
}
