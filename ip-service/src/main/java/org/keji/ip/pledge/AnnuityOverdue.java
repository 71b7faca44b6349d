package org.keji.ip.pledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which patents have an annuity due and unpaid on a day (within the grace period counts), for the ANNUITY_OVERDUE
 * ground, in one query for all patents of a pledge. The annuity payments are another feature's data: the pledge check
 * asks through this interface only.
 */
public interface AnnuityOverdue {

    /** The ids among {@code patentIds} with an annuity due on or before {@code day} and not paid by then. */
    Set<UUID> overdue(Collection<UUID> patentIds, LocalDate day);
}
