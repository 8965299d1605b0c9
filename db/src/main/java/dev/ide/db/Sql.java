package dev.ide.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Small JDBC helpers shared by the stores. */
final class Sql {

    /** SQLState of a unique-constraint violation (standard; H2 uses it for DUPLICATE_KEY_1). */
    static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, instant);
        }
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Instant.class);
    }

    static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
