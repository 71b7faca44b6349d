package org.keji.commons.security;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.keji.commons.problem.ProblemException;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Lets an integration client call an operation only with the scope it names ({@link Scopes}); without it the call
 * answers {@code 403 INSUFFICIENT_SCOPE} naming the scope. Operations that do not admit the integration role at all are
 * left to the role check ({@code 403 FORBIDDEN}).
 */
public class ScopeFilter {

    /** What each resource method asks of an integration client, read from its annotations once. */
    private final Map<Method, Rule> rules = new ConcurrentHashMap<>();
    private final String service = Scopes.service();
    private final CurrentIdentityAssociation identities;

    public ScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * @param admitsIntegration whether the operation admits the integration role at all
     * @param override the scope the operation names, or null for the default by HTTP method
     */
    private record Rule(boolean admitsIntegration, String override) {
    }

    @ServerRequestFilter
    public Uni<Void> requireScope(ResourceInfo resource, ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Rule rule = method == null ? null
                : rules.computeIfAbsent(method,
                        m -> new Rule(admitsIntegration(m, resource.getResourceClass()), override(m)));
        if (rule == null || !rule.admitsIntegration()) {
            return Uni.createFrom().voidItem();
        }
        String required = Scopes.required(service, request.getMethod(), rule.override());
        return identities.getDeferredIdentity().invoke(identity -> check(identity, required)).replaceWithVoid();
    }

    private static void check(SecurityIdentity identity, String required) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.INTEGRATION)) {
            return;
        }
        JsonWebToken token = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        if (!Caller.scopes(token).contains(required)) {
            throw new ProblemException(403, "INSUFFICIENT_SCOPE", required);
        }
    }

    private static boolean admitsIntegration(Method method, Class<?> type) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && type != null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        return roles != null && Arrays.asList(roles.value()).contains(Roles.INTEGRATION);
    }

    private static String override(Method method) {
        return Arrays.stream(method.getAnnotationsByType(Extension.class))
                .filter(extension -> extension.name().equals(Scopes.EXTENSION)).map(Extension::value).findFirst()
                .orElse(null);
    }
}
