package org.keji.ip.patent;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;

/**
 * Who reaches a patent, for every feature that acts on one (its legal status, its annuities): an applicant the
 * patents its enterprise holds, alone or with others; every other role through {@link Caller} with the patent's own
 * region (ip-service keeps no enterprise replica).
 */
@ApplicationScoped
public class PatentReach {

    private final Caller caller;

    public PatentReach(Caller caller) {
        this.caller = caller;
    }

    /** Lets the caller through to a patent held by {@code holderUsccs} in {@code region}, or throws the 404. */
    public void require(List<String> holderUsccs, String region, Supplier<NotFoundException> notFound) {
        if (caller.is(Roles.APPLICANT) && !caller.is(Roles.ADMIN)) {
            if (!holderUsccs.contains(caller.uscc().orElse(null))) {
                throw notFound.get();
            }
            return;
        }
        caller.requireEnterprise(holderUsccs.isEmpty() ? "" : holderUsccs.get(0), region, notFound);
    }
}
