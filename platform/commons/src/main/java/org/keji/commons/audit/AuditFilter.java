package org.keji.commons.audit;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.ProblemFactory;
import org.keji.commons.problem.ProblemMappers;
import org.keji.commons.web.MatchedRoute;
import org.keji.commons.web.RequestIdFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Records every state-changing {@code /api/v1} request (POST, PUT, PATCH, DELETE) in the audit trail, exactly once,
 * with the status it was answered.
 * <p>
 * <b>In the business transaction.</b> The request filter begins a transaction that the service's own
 * {@code @Transactional} methods join; the response filter, knowing the status, appends the entry to it and commits.
 * So a change and its entry commit together or not at all: no committed write is ever left without its entry, not even
 * when the process dies between the two (writing the entry after the commit could not promise that). The insert takes no
 * lock; {@link AuditChainer} links the entry into the chain once its transaction has ended. A request answered with an error
 * (4xx/5xx) rolls back whatever it did and its entry is written on its own, so refusals are recorded too; losing one of
 * those in a crash loses no change.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String TRANSACTION = AuditFilter.class.getName() + ".transaction";
    private static final int AFTER_OTHER_REQUEST_FILTERS = Priorities.USER + 1000;
    private static final int AFTER_OTHER_RESPONSE_FILTERS = Priorities.AUTHENTICATION - 1000;

    private final AuditConfig config;
    private final AuditLog log;
    private final TransactionManager transactions;
    private final CurrentIdentityAssociation identities;
    private final ProblemMappers mappers;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditFilter(AuditConfig config, AuditLog log, TransactionManager transactions,
            CurrentIdentityAssociation identities, ProblemMappers mappers, ObjectMapper json, Clock clock) {
        this.config = config;
        this.log = log;
        this.transactions = transactions;
        this.identities = identities;
        this.mappers = mappers;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs after every other request filter: a filter may continue the request on another thread (one that waits for
     * the caller's identity, say), and the transaction is bound to the thread that begins it, which must be the thread
     * that runs the resource method.
     */
    @ServerRequestFilter(priority = AFTER_OTHER_REQUEST_FILTERS)
    public void begin(ContainerRequestContext request, ResourceInfo resource) throws Exception {
        if (!audited(request, resource) || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            // never join what another request left on this thread; that request was never answered with a commit
            // (its response filter did not run), so its work is rolled back now rather than holding its locks and
            // connection until the transaction timeout
            LOG.errorf("a transaction (status %d) was left on this thread; rolled back before %s %s",
                    transactions.getStatus(), request.getMethod(), request.getUriInfo().getPath());
            Transaction left = transactions.suspend();
            try {
                if (left != null) {
                    left.rollback();
                }
            } catch (Exception e) {
                LOG.debug("rollback of a transaction left on this thread", e);
            }
        }
        transactions.begin();
        request.setProperty(TRANSACTION, transactions.getTransaction());
    }

    /** Runs after every other response filter (they run from the highest priority down), with the final status. */
    @ServerResponseFilter(priority = AFTER_OTHER_RESPONSE_FILTERS)
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (!audited(request, resource)) {
            return;
        }
        Transaction transaction = (Transaction) request.getProperty(TRANSACTION);
        request.removeProperty(TRANSACTION);
        AuditEntry entry;
        try {
            entry = describe(request, response, resource);
        } catch (RuntimeException e) {
            rollback(transaction);
            throw e;
        }
        if (transaction != null && !isCurrent(transaction)) {
            LOG.errorf("the transaction of %s %s was begun on another thread; resumed on this one",
                    request.getMethod(), request.getUriInfo().getPath());
            resume(transaction);
        }
        if (transaction != null && isCurrent(transaction)) {
            if (response.getStatus() < 400 && status(transaction) == Status.STATUS_ACTIVE) {
                try {
                    log.append(entry);
                    transactions.commit();
                    return;
                } catch (Exception e) {
                    LOG.error("the request's transaction failed at its end; nothing was changed", e);
                    rollback(transaction);
                    fail(request, response, e);
                    entry = entry.withStatus(response.getStatus());
                }
            } else {
                rollback(transaction);
            }
        } else if (transaction != null) {
            rollback(transaction);
            if (response.getStatus() < 400) {
                // whatever joined it is gone: the answer must not claim a change
                fail(request, response, new IllegalStateException("the request's transaction was left on another thread"));
                entry = entry.withStatus(response.getStatus());
            }
        }
        AuditEntry refusal = entry;
        try {
            QuarkusTransaction.requiringNew().run(() -> log.append(refusal));
        } catch (RuntimeException e) {
            // the request changed nothing; its answer stands
            LOG.errorf(e, "audit entry of a refused request not written: %s", refusal);
        }
    }

    private boolean audited(ContainerRequestContext request, ResourceInfo resource) {
        return config.enabled() && STATE_CHANGING.contains(request.getMethod()) && resource != null
                && resource.getResourceMethod() != null
                && request.getUriInfo().getPath().startsWith(AuditedRecord.BASE);
    }

    private AuditEntry describe(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String template = MatchedRoute.template(resource.getResourceClass(), method);
        String templatePath = template.substring(template.indexOf(' ') + 1);
        UriInfo uri = request.getUriInfo();
        MultivaluedMap<String, String> parameters = uri.getPathParameters(true);
        AuditedRecord record = null;
        if (response.getStatus() == 201) {
            record = AuditedRecord.ofLocation(response.getHeaderString(HttpHeaders.LOCATION));
            if (record == null) {
                String id = bodyId(response.getEntity());
                record = id == null ? null : AuditedRecord.ofCreated(templatePath, parameters::getFirst, id);
            }
        }
        if (record == null) {
            record = AuditedRecord.ofRoute(templatePath, parameters::getFirst);
        }
        SecurityIdentity identity = identity();
        String subject = identity == null || identity.isAnonymous() ? "anonymous"
                : identity.getPrincipal().getName();
        String role = identity == null || identity.getRoles().isEmpty() ? null
                : String.join(",", new TreeSet<>(identity.getRoles()));
        Object requestId = request.getProperty(RequestIdFilter.HEADER);
        return AuditEntry.unchained(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), subject, role,
                client(identity), template, record.type(), record.id(),
                requestId == null ? null : requestId.toString(), response.getStatus());
    }

    private SecurityIdentity identity() {
        try {
            return identities.getIdentity();
        } catch (RuntimeException e) {
            // an invalid token: the request was refused as unauthenticated
            return null;
        }
    }

    /** The client application: the token's {@code azp}, else its {@code client_id} claim. */
    private static String client(SecurityIdentity identity) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        for (String claim : new String[] { "azp", "client_id" }) {
            Object value = token.getClaim(claim);
            if (value != null) {
                return value.toString().replace("\"", "");
            }
        }
        return null;
    }

    private String bodyId(Object entity) {
        try {
            JsonNode body = entity instanceof String text ? json.readTree(text) : json.valueToTree(entity);
            JsonNode id = body == null ? null : body.get("id");
            return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The answer of a request whose change could not be committed after all: what the platform answers for that failure
     * (a unique value met at the commit 409, the database away 503 with {@code Retry-After}, else 500).
     */
    private void fail(ContainerRequestContext request, ContainerResponseContext response, Throwable cause) {
        Response answer = mappers.failure(cause, ProblemFactory.localeOf(request.getAcceptableLanguages()),
                request.getUriInfo().getRequestUri().getRawPath());
        response.setStatus(answer.getStatus());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove(HttpHeaders.ETAG);
        String retryAfter = answer.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        response.setEntity(answer.getEntity(), null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
    }

    private boolean isCurrent(Transaction transaction) {
        try {
            return transaction.equals(transactions.getTransaction());
        } catch (SystemException e) {
            return false;
        }
    }

    private void resume(Transaction transaction) {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.suspend();
            }
            transactions.resume(transaction);
        } catch (Exception e) {
            LOG.error("the request's transaction could not be resumed", e);
        }
    }

    private static int status(Transaction transaction) {
        try {
            return transaction.getStatus();
        } catch (SystemException e) {
            return Status.STATUS_UNKNOWN;
        }
    }

    private void rollback(Transaction transaction) {
        if (transaction == null) {
            return;
        }
        try {
            if (isCurrent(transaction)) {
                transactions.rollback();
            } else {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.debug("rollback of the request's transaction", e);
        }
    }
}
