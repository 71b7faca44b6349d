package org.keji.commons.problem;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Creates that let the database check uniqueness: the {@code INSERT} itself finds the duplicate, so no {@code SELECT}
 * runs before it (one query and one round trip less per create, and no window between the check and the insert). The
 * violation of the named unique constraint becomes the service's own problem (e.g. 409
 * {@code ENTERPRISE_ALREADY_REGISTERED}); any other failure passes unchanged, and a violation of another constraint
 * still answers 409 {@code ALREADY_EXISTS} through {@link ProblemMappers}. The failed statement aborts the
 * transaction, which the thrown problem rolls back.
 *
 * <pre>
 * UniqueInserts.insert(() -&gt; {
 *     enterprises.persist(enterprise);
 *     enterprises.flush(); // the INSERT runs here, not at commit
 * }, "enterprise_uscc_unique", () -&gt; new ConflictException("ENTERPRISE_ALREADY_REGISTERED", uscc));
 * </pre>
 */
public final class UniqueInserts {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueInserts() {
    }

    /** Runs {@code insert}; a violation of {@code constraint} throws {@code duplicate} instead. */
    public static void insert(Runnable insert, String constraint, Supplier<? extends RuntimeException> duplicate) {
        try {
            insert.run();
        } catch (RuntimeException e) {
            if (violates(e, constraint)) {
                throw duplicate.get();
            }
            throw e;
        }
    }

    /** Whether {@code failure} was caused by a violation of the unique constraint {@code constraint}. */
    public static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
                return server != null && constraint.equals(server.getConstraint());
            }
        }
        return false;
    }
}
