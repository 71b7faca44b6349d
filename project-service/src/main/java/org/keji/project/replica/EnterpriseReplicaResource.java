package org.keji.project.replica;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.project.replica.dto.EnterpriseReplicaView;

@Path("/api/v1/enterprise-replicas")
@Tag(name = "Enterprise replica", description = "Enterprises as project-service knows them from enterprise events; read-only")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseReplicaResource {

    private static final Set<String> SORTABLE = Set.of("uscc", "registrationDate");

    private final EnterpriseReplicaService replicas;

    public EnterpriseReplicaResource(EnterpriseReplicaService replicas) {
        this.replicas = replicas;
    }

    @GET
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List replicated enterprises", description = "Paged, optionally filtered by region. Sorts by `uscc` or `registrationDate`, optionally `,asc` or `,desc` (default `uscc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = EnterpriseReplicaPage.class)))
    public Page<EnterpriseReplicaView> listEnterpriseReplicas(
            @Parameter(description = "GB/T 2260 region code", example = "350100") @QueryParam("region") @Pattern(regexp = "\\d{6}") String region,
            @BeanParam PageParams paging) {
        return replicas.list(region, paging.query(SORTABLE, "uscc"));
    }

    @GET
    @Path("{uscc}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.APPLICANT })
    @Operation(summary = "Get a replicated enterprise", description = "An applicant sees only its own enterprise.")
    @APIResponse(responseCode = "200", description = "The replica", content = @Content(schema = @Schema(implementation = EnterpriseReplicaView.class)))
    @APIResponse(responseCode = "404", description = "Not (yet) replicated, or not the caller's own (ENTERPRISE_REPLICA_NOT_FOUND)")
    public EnterpriseReplicaView getEnterpriseReplica(
            @Parameter(description = "Unified social credit code", example = "91350100M000100Y43") @PathParam("uscc") @ValidUscc String uscc) {
        return replicas.get(uscc);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "EnterpriseReplicaPage")
    public record EnterpriseReplicaPage(java.util.List<EnterpriseReplicaView> items, int page, int size, long total) {
    }
}
