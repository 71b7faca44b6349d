package org.keji.commons.event.pledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reason a patent pledge is refused (不予登记的理由), DOMAIN "Patents and IP". */
@Schema(description = "Why a patent pledge is refused: PATENT_UNKNOWN (专利不在登记簿中), PLEDGOR_NOT_HOLDER (出质人不是专利权人), "
        + "NOT_GRANTED (专利权未授权), RIGHT_ENDED (专利权已终止), ANNUITY_OVERDUE (年费未按期缴纳), OWNERSHIP_DISPUTE (专利权属纠纷), "
        + "PRESERVATION (被采取保全措施), DEBT_TERM_BEYOND_PATENT_TERM (债务履行期限超过专利权有效期), "
        + "CO_HOLDER_CONSENT_MISSING (共有专利权人未同意), ALREADY_PLEDGED (专利权已出质), INVALIDATION_PENDING (专利权处于无效宣告程序中)")
public enum PledgeRefusalGround {
    /** The application number is not in ip-service's register. */
    PATENT_UNKNOWN,
    /** The pledgor is not among the patent's holders. */
    PLEDGOR_NOT_HOLDER,
    /** The patent is filed but not granted. */
    NOT_GRANTED,
    /** The right has ended (term, unpaid annuity not restored, abandonment, invalidation). */
    RIGHT_ENDED,
    /** An annuity is past its due date and unpaid (within the grace period). */
    ANNUITY_OVERDUE,
    /** An open ownership dispute (权属纠纷) names the patent. */
    OWNERSHIP_DISPUTE,
    /** A court preservation measure (财产保全) is registered on the patent. */
    PRESERVATION,
    /** The debt term ends after the patent's term does. */
    DEBT_TERM_BEYOND_PATENT_TERM,
    /** A co-holder other than the pledgor has not consented in writing. */
    CO_HOLDER_CONSENT_MISSING,
    /** The patent is already pledged and not released. */
    ALREADY_PLEDGED,
    /** Invalidation proceedings (无效宣告请求) against the patent have started and are not decided. */
    INVALIDATION_PENDING
}
