package org.keji.commons.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Tells a database that is away (restarting, unreachable, out of connections) from a request the database refused. */
public final class DatabaseFailures {

    /** Class 08: the connection failed or broke; 57P01–57P03: the server shuts down, crashed or is starting. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03");

    private DatabaseFailures() {
    }

    /**
     * A connection error or server shutdown anywhere in the cause chain (the driver's SQLState, also under Hibernate's
     * {@code JDBCConnectionException} or a failed commit), or the pool's acquisition timeout (Agroal reports it without
     * an SQLState).
     */
    public static boolean unavailable(Throwable e) {
        return unavailable(e, 0);
    }

    /** Also through suppressed exceptions: a failed commit carries the resource's XAException as one. */
    private static boolean unavailable(Throwable e, int depth) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (depth < 3) {
                for (Throwable suppressed : cause.getSuppressed()) {
                    if (unavailable(suppressed, depth + 1)) {
                        return true;
                    }
                }
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_UNAVAILABLE.contains(state))
                        || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
