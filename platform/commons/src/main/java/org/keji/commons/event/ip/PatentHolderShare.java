package org.keji.commons.event.ip;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.keji.commons.identifier.Uscc;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One patentee of a patent and its share (专利权人及其份额), in the v2 contracts and {@link PatentRestored}. A patent is
 * co-owned (共有专利) when it has more than one; the shares of one patent add up to exactly {@code 100.00}.
 *
 * @param uscc unified social credit code of the patentee (专利权人), checked for its form (a few real early codes fail
 *        the check character, DOMAIN "Identifiers")
 * @param share its share in percent, more than 0 and at most 100, with at most two decimals, written as a JSON string
 *        such as {@code "50.00"} like money so no reader turns it into a float; the register's agreed shares (共有份额),
 *        or an equal split when the co-owners agreed none
 */
public record PatentHolderShare(
        String uscc,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share) {

    /** The whole of a patent: {@code 100.00} percent. */
    public static final BigDecimal WHOLE = new BigDecimal("100.00");

    /**
     * @throws IllegalArgumentException if the USCC is not well formed or the share is not in (0, 100] with at most
     *         two decimals; read from an event, that makes the event poison
     */
    public PatentHolderShare {
        if (uscc == null || !Uscc.isWellFormed(uscc)) {
            throw new IllegalArgumentException("holder " + uscc + " is not a unified social credit code");
        }
        if (share == null || share.signum() <= 0 || share.compareTo(WHOLE) > 0) {
            throw new IllegalArgumentException("share of " + uscc + " must be more than 0 and at most 100: " + share);
        }
        if (share.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("share of " + uscc + " has more than two decimals: " + share);
        }
        share = share.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The only patentee, holding all of it: what a v1 event's single {@code holderUscc} means. */
    public static PatentHolderShare sole(String uscc) {
        return new PatentHolderShare(uscc, WHOLE);
    }

    /**
     * The holders of one patent as a contract carries them: at least one, each USCC once, shares adding up to exactly
     * {@code 100.00}.
     *
     * @return an unmodifiable copy in the given order
     * @throws IllegalArgumentException if any of these fails; read from an event, that makes the event poison
     */
    public static List<PatentHolderShare> requireWhole(List<PatentHolderShare> holders) {
        if (holders == null || holders.isEmpty()) {
            throw new IllegalArgumentException("a patent has at least one holder");
        }
        List<PatentHolderShare> copy = List.copyOf(holders);
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (PatentHolderShare holder : copy) {
            if (!seen.add(holder.uscc())) {
                throw new IllegalArgumentException("holder " + holder.uscc() + " is named twice");
            }
            sum = sum.add(holder.share());
        }
        if (sum.compareTo(WHOLE) != 0) {
            throw new IllegalArgumentException("the holders' shares add up to " + sum + ", not 100.00");
        }
        return copy;
    }
}
