package org.keji.commons.security;

/** The roles of Keji tokens ({@code groups} claim). */
public final class Roles {

    /** An enterprise, bound to one USCC by the {@code uscc} claim. */
    public static final String APPLICANT = "applicant";
    /** Bureau staff, by region ({@code region} claim). */
    public static final String OFFICER = "officer";
    /** A reviewer; sees only what is assigned to them. */
    public static final String EXPERT = "expert";
    /** A bank, bound by the {@code bank} claim; sees only its own loans. */
    public static final String BANK = "bank";
    public static final String ADMIN = "admin";
    /** Another government system, with scopes ({@code scope} claim). */
    public static final String INTEGRATION = "integration";

    public static final String USCC_CLAIM = "uscc";
    public static final String BANK_CLAIM = "bank";
    public static final String REGION_CLAIM = "region";
    /** The scopes of an integration client, space-separated ({@code enterprise:read enterprise:write}). */
    public static final String SCOPE_CLAIM = "scope";

    private Roles() {
    }
}
