package org.keji.ip.techcontract;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.identifier.ValidUscc;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageParams;
import org.keji.commons.security.Roles;
import org.keji.ip.techcontract.dto.ContractCorrectionRequest;
import org.keji.ip.techcontract.dto.ContractResubmitRequest;
import org.keji.ip.techcontract.dto.RefuseContractRequest;
import org.keji.ip.techcontract.dto.RegisterContractRequest;
import org.keji.ip.techcontract.dto.SubmitTechnologyContractRequest;
import org.keji.ip.techcontract.dto.TechnologyContractView;

@Path("/api/v1/technology-contracts")
@Tag(name = "Technology contracts", description = "Technology-contract registration (技术合同认定登记): a case with a "
        + "tracking number and working-day limits, from submission by the seller to registration (registration number "
        + "and registered transaction amount) or refusal")
@Produces(MediaType.APPLICATION_JSON)
public class TechnologyContractResource {

    private static final Set<String> SORTABLE = Set.of("createdAt", "dueOn");

    private final TechnologyContractService contracts;
    private final IdempotentRequests idempotency;
    private final Exports exports;

    public TechnologyContractResource(TechnologyContractService contracts, IdempotentRequests idempotency,
            Exports exports) {
        this.contracts = contracts;
        this.idempotency = idempotency;
        this.exports = exports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Submit a technology contract for registration", description = "Opens a case with a tracking "
            + "number (办件编号) under matter KJ-IP-TECH-CONTRACT, promised within 5 and legally within 10 working days "
            + "(matter data). The seller applies for its own code; an officer or integration files on its behalf. The "
            + "region is the one given, else the region coded in the seller's USCC (3rd to 8th characters); an officer "
            + "files only within its region. Materials are the seller's, referenced by id. Publishes "
            + "`keji.case.opened.v1`.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = TechnologyContractView.class)))
    @APIResponse(responseCode = "403", description = "An officer filing outside its region (REGION_OUT_OF_REACH)")
    @APIResponse(responseCode = "404", description = "An applicant filing for another enterprise (ENTERPRISE_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "A material is not the seller's (MATERIAL_NOT_FOUND)")
    public Response submitTechnologyContract(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull SubmitTechnologyContractRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            TechnologyContractView view = contracts.submit(request);
            return new Created(URI.create("/api/v1/technology-contracts/" + view.id()), view);
        });
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "List technology-contract registrations", description = "An applicant sees its own, an officer "
            + "those of its region, admins and integration clients all. Sorts by `createdAt` or `dueOn`, optionally "
            + "`,asc` or `,desc` (default `createdAt,desc`).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = TechnologyContractPage.class)))
    @Extension(name = Exports.EXTENSION, value = "技术合同登记")
    public Page<TechnologyContractView> listTechnologyContracts(
            @Parameter(description = "Contract type") @QueryParam("type") ContractType type,
            @Parameter(description = "State") @QueryParam("status") ContractStatus status,
            @Parameter(description = "GB/T 2260 region prefix (2, 4 or 6 digits), e.g. 3501 for Fuzhou", example = "3501") @QueryParam("regionPrefix") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String regionPrefix,
            @Parameter(description = "Year (登记年度: of registration once registered, else of submission)", example = "2026") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "Seller's unified social credit code", example = "91350100M000100Y43") @QueryParam("sellerUscc") @ValidUscc String sellerUscc,
            @BeanParam PageParams paging) {
        TechnologyContractRepository.Filter filter = new TechnologyContractRepository.Filter(type, status,
                regionPrefix, year, sellerUscc);
        return exports.pages(paging.query(SORTABLE, "createdAt,desc"), query -> contracts.search(filter, query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Get a technology-contract registration", description = "With the working days left, the "
            + "allowed actions and the metadata of each referenced material.")
    @APIResponse(responseCode = "200", description = "The registration", content = @Content(schema = @Schema(implementation = TechnologyContractView.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not visible to the caller (TECHNOLOGY_CONTRACT_NOT_FOUND)")
    public TechnologyContractView getTechnologyContract(@Parameter(description = "Registration id") @PathParam("id") UUID id) {
        return contracts.get(id);
    }

    @POST
    @Path("{id}/request-correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Request a correction (补正)", description = "Lists everything missing at once and pauses the "
            + "case clock until the seller resubmits. Publishes `keji.case.paused.v1`.")
    @APIResponse(responseCode = "200", description = "The registration after the action", content = @Content(schema = @Schema(implementation = TechnologyContractView.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not visible to the caller (TECHNOLOGY_CONTRACT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (TECHNOLOGY_CONTRACT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public TechnologyContractView requestTechnologyContractCorrection(
            @Parameter(description = "Registration id") @PathParam("id") UUID id,
            @Valid @NotNull ContractCorrectionRequest request) {
        return contracts.requestCorrection(id, request);
    }

    @POST
    @Path("{id}/resubmit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.INTEGRATION })
    @Operation(summary = "Resubmit with the missing materials", description = "The clock runs again; both due dates "
            + "move by the working days it was paused. Publishes `keji.case.resumed.v1`.")
    @APIResponse(responseCode = "200", description = "The registration after the action", content = @Content(schema = @Schema(implementation = TechnologyContractView.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not visible to the caller (TECHNOLOGY_CONTRACT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not CORRECTION_REQUESTED (TECHNOLOGY_CONTRACT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "A material is not the seller's (MATERIAL_NOT_FOUND)")
    public TechnologyContractView resubmitTechnologyContract(
            @Parameter(description = "Registration id") @PathParam("id") UUID id,
            @Valid @NotNull ContractResubmitRequest request) {
        return contracts.resubmit(id, request);
    }

    @POST
    @Path("{id}/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Register (认定登记)", description = "Assigns the registration number (year + region + type "
            + "digit + sequence, 18 digits, unique) and records the registered transaction amount; closes the case. "
            + "Publishes `keji.ip.technology-contract.registered.v1` and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = "The registration after the action", content = @Content(schema = @Schema(implementation = TechnologyContractView.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not visible to the caller (TECHNOLOGY_CONTRACT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (TECHNOLOGY_CONTRACT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    @APIResponse(responseCode = "422", description = "Registered amount plus deducted costs above the contract amount (REGISTERED_AMOUNT_EXCEEDS_CONTRACT); costs deducted from a consulting or service contract (COST_DEDUCTION_NOT_APPLICABLE)")
    public TechnologyContractView registerTechnologyContract(
            @Parameter(description = "Registration id") @PathParam("id") UUID id,
            @Valid @NotNull RegisterContractRequest request) {
        return contracts.register(id, request);
    }

    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Refuse registration (不予登记)", description = "E.g. not a technology contract; closes the case "
            + "with every reason. Publishes `keji.ip.technology-contract.refused.v1` and `keji.case.closed.v1`.")
    @APIResponse(responseCode = "200", description = "The registration after the action", content = @Content(schema = @Schema(implementation = TechnologyContractView.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not visible to the caller (TECHNOLOGY_CONTRACT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "Already decided (TECHNOLOGY_CONTRACT_ILLEGAL_TRANSITION, with currentState and allowedActions)")
    public TechnologyContractView refuseTechnologyContract(
            @Parameter(description = "Registration id") @PathParam("id") UUID id,
            @Valid @NotNull RefuseContractRequest request) {
        return contracts.refuse(id, request);
    }

    /** The page type as OpenAPI shows it. */
    @Schema(name = "TechnologyContractPage")
    public record TechnologyContractPage(List<TechnologyContractView> items, int page, int size, long total) {
    }
}
