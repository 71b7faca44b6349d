package org.keji.commons.security;

import java.util.Objects;
import java.util.Optional;

/**
 * The regions a caller acts in, as a GB/T 2260 prefix: an officer's six-digit {@code region} claim without its trailing
 * {@code 00} pairs, so a city officer ({@code 330100}) reaches {@code 3301xx}, a province officer ({@code 330000})
 * {@code 33xxxx}, a county officer ({@code 330102}) that county only, and {@code 000000} (the whole country) every
 * region. The empty prefix reaches everything.
 */
public record RegionReach(String prefix) {

    /** Every region: admins, integration clients, a national officer ({@code 000000}). */
    public static final RegionReach EVERYWHERE = new RegionReach("");

    public RegionReach {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("(\\d{2}){0,3}")) {
            throw new IllegalArgumentException("not a region prefix: " + prefix);
        }
    }

    /** The reach of a {@code region} claim; empty when the claim is missing or not a six-digit code. */
    public static Optional<RegionReach> ofClaim(String claim) {
        if (claim == null || !claim.matches("\\d{6}")) {
            return Optional.empty();
        }
        String prefix = claim;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return Optional.of(new RegionReach(prefix));
    }

    public boolean everywhere() {
        return prefix.isEmpty();
    }

    /** Whether the six-digit code {@code region} lies within this reach; an unknown region only in everywhere. */
    public boolean includes(String region) {
        return everywhere() || region != null && region.startsWith(prefix);
    }

    /**
     * The SQL condition on {@code column} with one named parameter, or {@code null} when everything is in reach. Only
     * digits are bound, so nothing needs escaping.
     */
    public String condition(String column, String parameter) {
        return everywhere() ? null : column + " LIKE :" + parameter;
    }

    /** The value to bind to the parameter of {@link #condition}. */
    public String parameterValue() {
        return prefix + "%";
    }
}
