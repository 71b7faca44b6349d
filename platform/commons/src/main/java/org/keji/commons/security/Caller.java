package org.keji.commons.security;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.keji.commons.problem.NotFoundException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from the verified token, and the ownership rule: an applicant reaches only its own enterprise's
 * records, a bank only its own. A record of another owner is reported as not found, never as forbidden, so its
 * existence is not revealed.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
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

    /**
     * Lets bureau roles through and an applicant only to its own enterprise; anyone else gets the same 404 as for a
     * record that does not exist.
     */
    public void requireEnterprise(String uscc, Supplier<NotFoundException> notFound) {
        if (is(Roles.APPLICANT) && !uscc.equals(uscc().orElse(null))) {
            throw notFound.get();
        }
    }

    /** Lets bureau roles through and a bank only to its own records. */
    public void requireBank(String bankId, Supplier<NotFoundException> notFound) {
        if (is(Roles.BANK) && !bankId.equals(bank().orElse(null))) {
            throw notFound.get();
        }
    }

    private Optional<String> claim(String name) {
        if (token == null || token.getRawToken() == null) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }
}
