package org.keji.ip.annuity;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.identifier.ValidPatentApplicationNumber;
import org.keji.commons.security.Roles;
import org.keji.ip.annuity.dto.AnnuityQuoteView;

/**
 * A quote is a computation that changes nothing, so it is a {@code GET} with query parameters: no
 * {@code Idempotency-Key}, no audit entry, cacheable, linkable.
 */
@Path("/api/v1/patent-annuity-quotes")
@Tag(name = "Patent annuity fees")
@Produces(MediaType.APPLICATION_JSON)
public class AnnuityQuoteResource {

    private final AnnuityService annuities;

    public AnnuityQuoteResource(AnnuityService annuities) {
        this.annuities = annuities;
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.OFFICER, Roles.EXPERT, Roles.BANK, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Quote one year's annuity for a payment date", description = "Due date = the anniversary of "
            + "filing starting the year (filing + termYear − 1 years, 29 Feb → 28 Feb). Paid on or before it, or within "
            + "one month after it (up to due + 1 month included), no surcharge; then 5 % of the year's annuity up to "
            + "due + 2 months, 10 % up to +3, 15 % up to +4, 20 % up to +5, 25 % up to +6 (each boundary counted from the "
            + "due date, day clamped to the month's end). After due + 6 months it is not payable: the right terminated at "
            + "the due date (专利法实施细则: 专利权自应当缴纳年费期满之日起终止); restoration may be requested within two months of "
            + "the notice. The fee is the one of the schedule in force on the payment date; PCT kinds pay as their base "
            + "kind. Give `patentType` or `applicationNumber` (its type digit gives the kind; its year must be the filing "
            + "year). A computation: nothing is stored. Every role may ask.")
    @APIResponse(responseCode = "200", description = "The quote", content = @Content(schema = @Schema(implementation = AnnuityQuoteView.class)))
    @APIResponse(responseCode = "400", description = "Neither kind nor application number, a kind that contradicts the number, a filing date outside its year, a payment before filing, a year beyond the term (ANNUITY_QUOTE_INVALID, with the fields)")
    @APIResponse(responseCode = "422", description = "No schedule of the kind in force on the payment date (ANNUITY_SCHEDULE_NOT_IN_FORCE)")
    public AnnuityQuoteView quoteAnnuity(
            @Parameter(description = "Patent kind; may be left out when `applicationNumber` is given", example = "INVENTION") @QueryParam("patentType") PatentType patentType,
            @Parameter(description = "Application number (optional `CN` prefix); its type digit gives the kind", example = "202010123456.2") @QueryParam("applicationNumber") @ValidPatentApplicationNumber String applicationNumber,
            @Parameter(description = "Filing date", example = "2020-03-31", required = true) @QueryParam("filingDate") @NotNull LocalDate filingDate,
            @Parameter(description = "Year of the term, from 1 to the kind's term (20, 10, 15)", example = "7", required = true) @QueryParam("termYear") @NotNull @Min(1) @Max(30) Integer termYear,
            @Parameter(description = "Day of payment to quote", example = "2026-06-01", required = true) @QueryParam("paymentDate") @NotNull LocalDate paymentDate) {
        return annuities.quote(patentType, applicationNumber, filingDate, termYear, paymentDate);
    }
}
