package org.keji.commons.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.keji.commons.identifier.Uscc;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from the verified token, and what it reaches (DESIGN.md "Who may see what"): an admin and an
 * integration client every enterprise (the client only through the operations its scopes name, see
 * {@link ScopeFilter}), an officer the enterprises of its region, an applicant its own, an expert those it is assigned
 * to an open case of, a bank those that applied to it. A record outside the caller's reach is reported as not found,
 * never as forbidden, so its existence is not revealed.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Instance<EnterpriseReach> enterprises;
    private final Map<String, Boolean> reached = new HashMap<>();

    public Caller(SecurityIdentity identity, JsonWebToken token, Instance<EnterpriseReach> enterprises) {
        this.identity = identity;
        this.token = token;
        this.enterprises = enterprises;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The enterprise an applicant acts for; empty for other roles. */
    public Optional<String> uscc() {
        return claim(Roles.USCC_CLAIM);
    }

    /** The bank a bank user acts for; empty for other roles. */
    public Optional<String> bank() {
        return claim(Roles.BANK_CLAIM);
    }

    /** The scopes of an integration client ({@code scope} claim, space-separated or a list). */
    public Set<String> scopes() {
        return scopes(token);
    }

    /**
     * The regions an officer acts in, from its {@code region} claim; empty for a caller not bound to a region (an admin,
     * an integration client, and the roles that reach enterprises one by one). An officer whose token carries no
     * six-digit region is refused ({@code 403 REGION_CLAIM_MISSING}) rather than guessed. Lists add this as a condition
     * to any region filter of the request, so a wider filter is narrowed to it and a disjoint one finds nothing.
     */
    public Optional<RegionReach> officerRegions() {
        if (!is(Roles.OFFICER) || is(Roles.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(RegionReach.ofClaim(claim(Roles.REGION_CLAIM).orElse(null))
                .orElseThrow(() -> new ProblemException(403, "REGION_CLAIM_MISSING")));
    }

    /** Whether the caller reaches the records of the enterprise {@code uscc} (see the class comment). */
    public boolean reaches(String uscc) {
        return reached.computeIfAbsent(uscc, this::decide);
    }

    /** Lets the caller through to a record of the enterprise {@code uscc}, or throws the given 404. */
    public void requireEnterprise(String uscc, Supplier<NotFoundException> notFound) {
        if (!reaches(uscc)) {
            throw notFound.get();
        }
    }

    /**
     * Lets the caller through to the enterprise {@code uscc} already read with its {@code region}, or throws the given
     * 404: the same rule as {@link #requireEnterprise(String, Supplier)} without asking the service for the region
     * again, so a read by id costs one query, not two. Load the record first, then call this before answering.
     */
    public void requireEnterprise(String uscc, String region, Supplier<NotFoundException> notFound) {
        if (!reached.computeIfAbsent(uscc, code -> decide(code, () -> region))) {
            throw notFound.get();
        }
    }

    /**
     * Lets an officer create or move a record into {@code region} only within its own regions ({@code 403
     * REGION_OUT_OF_REACH}); other roles are not bound to a region here.
     */
    public void requireRegion(String region) {
        officerRegions().filter(regions -> !regions.includes(region)).ifPresent(regions -> {
            throw new ProblemException(403, "REGION_OUT_OF_REACH", region);
        });
    }

    /** Lets bureau roles through and a bank only to its own records. */
    public void requireBank(String bankId, Supplier<NotFoundException> notFound) {
        if (is(Roles.BANK) && !bankId.equals(bank().orElse(null))) {
            throw notFound.get();
        }
    }

    private boolean decide(String uscc) {
        return decide(uscc, () -> regionOf(uscc));
    }

    private boolean decide(String uscc, Supplier<String> region) {
        if (is(Roles.ADMIN) || is(Roles.INTEGRATION)) {
            return true;
        }
        if (is(Roles.APPLICANT) && uscc.equals(uscc().orElse(null))) {
            return true;
        }
        Optional<RegionReach> regions = officerRegions();
        if (regions.isPresent() && (regions.get().everywhere() || regions.get().includes(region.get()))) {
            return true;
        }
        if (is(Roles.EXPERT) && reach().expertAssigned(name(), uscc)) {
            return true;
        }
        return is(Roles.BANK) && bank().isPresent() && reach().appliedToBank(bank().get(), uscc);
    }

    /**
     * The enterprise's region as the service knows it, else the registering authority's region coded in the USCC
     * itself (its 3rd to 8th characters, GB 32100-2015), so an enterprise known only by its code is still placed.
     */
    private String regionOf(String uscc) {
        return reach().region(uscc).orElseGet(() -> uscc.length() == Uscc.LENGTH && uscc.substring(2, 8).matches("\\d{6}")
                ? uscc.substring(2, 8)
                : null);
    }

    private EnterpriseReach reach() {
        return enterprises.isResolvable() ? enterprises.get() : NOTHING;
    }

    private Optional<String> claim(String name) {
        if (token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }

    /** The scopes of a token: the {@code scope} claim as a space-separated string or a list of strings. */
    static Set<String> scopes(JsonWebToken token) {
        if (token == null || token.getRawToken() == null) {
            return Set.of();
        }
        Object value = token.getClaim(Roles.SCOPE_CLAIM);
        Set<String> scopes = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> scopes.addAll(split(item.toString())));
        } else if (value instanceof jakarta.json.JsonArray array) {
            array.forEach(item -> scopes.addAll(split(item.toString())));
        } else if (value != null) {
            scopes.addAll(split(value.toString()));
        }
        return scopes;
    }

    private static Set<String> split(String value) {
        Set<String> scopes = new LinkedHashSet<>(Arrays.asList(value.replace("\"", "").trim().split("\\s+")));
        scopes.remove("");
        return scopes;
    }

    /** Without a service's answers nobody is placed, assigned or applied: the rule fails closed. */
    private static final EnterpriseReach NOTHING = uscc -> Optional.empty();
}
