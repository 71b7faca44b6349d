package org.keji.commons.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** The queries every service's cases share, on the columns of their embedded {@link CaseClock}. */
public final class CaseQueries {

    private CaseQueries() {
    }

    /**
     * The open cases of entity {@code type} (clock not closed) with a provisional due date, submitted by the end of
     * {@code year} (a later case counts no day of it), locked until the transaction ends, in one query, by id.
     */
    public static <T extends OpenCase> List<T> lockOpenWithProvisionalDueDates(EntityManager entityManager,
            Class<T> type, int year) {
        String entity = entityManager.getMetamodel().entity(type).getName();
        return entityManager.createQuery("SELECT c FROM " + entity + " c WHERE (c.clock.promisedDueOnProvisional = true "
                + "OR c.clock.legalDueOnProvisional = true) AND c.clock.closedOn IS NULL AND c.clock.submittedOn <= :end "
                + "ORDER BY c.id", type).setParameter("end", LocalDate.of(year, 12, 31))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
