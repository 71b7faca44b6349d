package org.keji.commons.event.pledge;

/**
 * The bank that takes the pledge (质权人).
 *
 * @param bankId the bank's id in the suite, the {@code bank} claim of its users' tokens, e.g. {@code icbc-fz}
 * @param name the bank's name as registered as pledgee, e.g. {@code 中国工商银行股份有限公司福州分行}
 */
public record Pledgee(String bankId, String name) {
}
