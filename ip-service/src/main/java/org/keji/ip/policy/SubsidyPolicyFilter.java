package org.keji.ip.policy;

/**
 * The filters of a policy search; null members do not filter.
 *
 * @param year the policy year, exact
 * @param region a GB/T 2260 prefix of the policy's region (2, 4 or 6 digits: {@code 35} finds every policy of Fujian's
 *        province, cities and counties)
 * @param appliesTo a six-digit region: the policies that apply to it (its own, its city's, its province's, national)
 * @param kind the kind of policy
 * @param status open or closed
 */
public record SubsidyPolicyFilter(Integer year, String region, String appliesTo, SubsidyPolicyKind kind,
        SubsidyPolicyStatus status) {
}
