package org.keji.commons.event.pledge;

/**
 * One ground on which a pledge was refused, for one patent.
 *
 * @param ground the refusal ground
 * @param applicationNumber the patent it applies to, by canonical application number (as requested when the number is
 *        unknown)
 * @param detail what the register showed, in Chinese for the bank's officer, e.g. {@code 该专利已于2025-03-01出质给兴业银行}
 */
public record PledgeRefusal(
        PledgeRefusalGround ground,
        String applicationNumber,
        String detail) {
}
