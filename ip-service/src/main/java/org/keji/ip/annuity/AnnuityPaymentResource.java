package org.keji.ip.annuity;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.idempotency.Created;
import org.keji.commons.idempotency.IdempotentRequests;
import org.keji.commons.security.Roles;
import org.keji.ip.annuity.dto.AnnuityPaymentView;
import org.keji.ip.annuity.dto.PatentAnnuitiesView;
import org.keji.ip.annuity.dto.RecordAnnuityPaymentRequest;

@Path("/api/v1/patents/{id}")
@Tag(name = "Patent annuities", description = "Each patent's annuities (专利年费): payments recorded year by year with the "
        + "late-payment surcharge, the standing of each year, and the lapse at the end of the grace")
@Produces(MediaType.APPLICATION_JSON)
public class AnnuityPaymentResource {

    private static final String PAYMENT_EXAMPLE = """
            {"termYear":4,"paidOn":"2026-05-20","amount":"1320.00",\
            "receiptMaterialId":"0b5e3c1a-7d2f-4c1e-9a8b-3f6d2e1c0a9b"}""";

    private final AnnuityPaymentService annuities;
    private final IdempotentRequests idempotency;

    public AnnuityPaymentResource(AnnuityPaymentService annuities, IdempotentRequests idempotency) {
        this.annuities = annuities;
        this.idempotency = idempotency;
    }

    @POST
    @Path("annuity-payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Record an annuity payment", description = "Records one year's annuity paid to CNIPA. The service "
            + "computes the fee (the schedule in force on `paidOn`), the surcharge of that day (0 % on time and in the "
            + "first month of the 6-month grace, then 5/10/15/20/25 %) and the total, which `amount` must equal. The grant "
            + "year's annuity is paid with the registration formalities and counts as paid; later years are recorded in "
            + "order, each once. After the grace the right has lapsed: a payment is then accepted only with a "
            + "restoration request, while the patent is lapsed for the unpaid annuity and within 2 months of the lapse "
            + "notice, charged the full 25 % surcharge; record the payment first, then the RESTORED legal event (a "
            + "patent restored first keeps the overdue year payable with the 25 %). An "
            + "officer records for the patents of its region.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = AnnuityPaymentView.class)))
    @APIResponse(responseCode = "400", description = "A year beyond the patent's term, a payment date in the future or before filing (ANNUITY_PAYMENT_INVALID)")
    @APIResponse(responseCode = "404", description = "No such patent, or out of the caller's reach (PATENT_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "The year is paid already (ANNUITY_ALREADY_PAID)")
    @APIResponse(responseCode = "422", description = "Not granted (ANNUITY_PATENT_NOT_GRANTED); the grant year (ANNUITY_PAID_AT_GRANT); an earlier year unpaid (ANNUITY_EARLIER_YEAR_UNPAID); lapsed otherwise than for an annuity, or past its term (ANNUITY_PATENT_NOT_IN_FORCE); after the grace without a restoration (ANNUITY_GRACE_EXPIRED) or after the restoration window (RESTORATION_WINDOW_CLOSED); an amount other than the total, naming both (ANNUITY_AMOUNT_MISMATCH); a receipt that is no holder's material (MATERIAL_NOT_FOUND); no schedule in force on the payment date (ANNUITY_SCHEDULE_NOT_IN_FORCE)")
    public Response recordAnnuityPayment(@Parameter(description = "Patent id") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentRequests.HEADER, description = "Client-chosen key that makes retries safe") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "year 4 in the third month of the grace", value = PAYMENT_EXAMPLE))) @Valid @NotNull RecordAnnuityPaymentRequest request) {
        return idempotency.create(idempotencyKey, request, () -> {
            AnnuityPaymentView view = annuities.record(id, request);
            return new Created(URI.create("/api/v1/patents/" + id + "/annuities"), view);
        });
    }

    @GET
    @Path("annuities")
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Read a patent's annuities", description = "Each year of the term from the grant year to next "
            + "year (at most the term's last year): PAID_AT_GRANT, PAID with the payment date and surcharge charged, DUE "
            + "(not yet due) with the amount to pay today, IN_GRACE with the surcharge if paid today and the grace end, "
            + "LAPSED (grace ended unpaid). Computed from the payments recorded and the annuity arithmetic. A patent not "
            + "granted has no annuity years. An applicant reads the patents it holds, an officer those of its region.")
    @APIResponse(responseCode = "200", description = "The annuities", content = @Content(schema = @Schema(implementation = PatentAnnuitiesView.class)))
    @APIResponse(responseCode = "404", description = "No such patent, or out of the caller's reach (PATENT_NOT_FOUND)")
    public PatentAnnuitiesView getPatentAnnuities(@Parameter(description = "Patent id") @PathParam("id") UUID id) {
        return annuities.annuities(id);
    }
}
