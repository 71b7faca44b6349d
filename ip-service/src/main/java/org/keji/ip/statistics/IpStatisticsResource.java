package org.keji.ip.statistics;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.commons.export.Exports;
import org.keji.commons.identifier.PatentType;
import org.keji.commons.security.Roles;
import org.keji.ip.dispute.DisputeCategory;
import org.keji.ip.dispute.DisputeKind;
import org.keji.ip.policy.SubsidyPolicyKind;
import org.keji.ip.statistics.dto.ContractStatistics;
import org.keji.ip.statistics.dto.DisputeStatistics;
import org.keji.ip.statistics.dto.InspectionStatistics;
import org.keji.ip.statistics.dto.InventionDensity;
import org.keji.ip.statistics.dto.PatentStatistics;
import org.keji.ip.statistics.dto.PledgeStatistics;
import org.keji.ip.statistics.dto.SubsidyStatistics;
import org.keji.ip.techcontract.ContractType;

@Path("/api/v1/ip-statistics")
@Tag(name = "IP statistics", description = "Figures of the bureau on patents and IP work (知识产权统计): applications and "
        + "grants with year-on-year growth, valid inventions per 10 000 residents, technology contracts, disputes, "
        + "inspections, subsidies paid. Each figure is one aggregate query in the database; an officer counts within its region only "
        + "(the region of a record is given by the officer, else the region digits of its owner's USCC). Rates are "
        + "computed exactly and rounded half up once, to two decimals, and sent as strings.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
public class IpStatisticsResource {

    private static final String GROUP_BY = "Repeat to combine, e.g. `groupBy=type&groupBy=region`; rows are ordered by "
            + "the groupings in the order given. ";
    private static final String BAD_REQUEST = "A parameter is invalid (VALIDATION_FAILED naming it in `violations`)";
    private static final String FORBIDDEN = "Applicants, experts and banks (FORBIDDEN); an integration client without "
            + "scope ip:read (INSUFFICIENT_SCOPE)";

    private final IpStatisticsService statistics;

    public IpStatisticsResource(IpStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("patents")
    @Operation(summary = "Count patent applications and grants with year-on-year growth", description = "For each year: "
            + "applications (filing date in the year) and grants (grant date in the year, whenever filed) by group, "
            + "each next to the year before and with the growth (this − last) / last × 100 in percent, exact and "
            + "rounded half up once to two decimals (3 → 4 is 33.33); no growth (absent) when the year before counts 0. "
            + "Each year ends with a total row.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = PatentStatistics.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "专利申请授权统计")
    public PatentStatistics countPatents(
            @Valid @BeanParam StatisticsParams params,
            @Parameter(description = GROUP_BY
                    + "`type` and/or `region`; default `type`", schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class)) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this patent type") @QueryParam("type") PatentType type) {
        return statistics.patents(params, groupBy, type);
    }

    @GET
    @Path("invention-density")
    @Operation(summary = "Valid invention patents per 10 000 residents", description = "每万人口发明专利拥有量 of every "
            + "region at `level` under `region`, and of `region` as a whole (the total row; 000000 for the whole "
            + "country): the INVENTION and PCT_INVENTION patents in force on 31 December of `year` (granted on or "
            + "before, not lapsed by then, term not ended) whose region lies under the row's code (350100 → 3501xx), "
            + "× 10 000 ÷ the resident population recorded for exactly that code and year "
            + "(/api/v1/regional-populations), exact and rounded half up once to two decimals. Without a population "
            + "figure the rate is absent and `reason` is POPULATION_MISSING (the count is still given). A patent "
            + "restored after an annuity lapse counts as never lapsed.")
    @APIResponse(responseCode = "200", description = "The rates", content = @Content(schema = @Schema(implementation = InventionDensity.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "每万人口发明专利拥有量")
    public InventionDensity inventionDensity(
            @Parameter(description = "The year; default last year", example = "2025") @QueryParam("year") @Min(1985) @Max(2200) Integer year,
            @Parameter(description = "The region as a whole (2, 4 or 6 digits); default the whole country, or an officer's region", example = "35") @QueryParam("region") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}") String region,
            @Parameter(description = "The level of the rows, not above `region`: `province`, `city` or `county`; default one below `region`", schema = @Schema(implementation = RegionLevel.class)) @QueryParam("level") String level) {
        return statistics.inventionDensity(year, region, level);
    }

    @GET
    @Path("technology-contracts")
    @Operation(summary = "Count registered technology contracts and their amounts", description = "The technology "
            + "contracts registered (认定登记, status REGISTERED) in the years (year of registration), by group: their "
            + "number and the exact sums of contract amounts and registered transaction amounts (技术交易额). Ends "
            + "with a total row.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = ContractStatistics.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "技术合同登记统计")
    public ContractStatistics countTechnologyContracts(
            @Valid @BeanParam StatisticsParams params,
            @Parameter(description = GROUP_BY
                    + "`type`, `region` and/or `year`; default `type`", schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class)) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this contract type") @QueryParam("type") ContractType type) {
        return statistics.technologyContracts(params, groupBy, type);
    }

    @GET
    @Path("disputes")
    @Operation(summary = "Count dispute cases", description = "The mediation and rights-protection cases requested in "
            + "the years, by category, kind, outcome, current state, region and/or year. A case without an outcome yet "
            + "has none in an `outcome` group. Ends with a total row.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = DisputeStatistics.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "专利纠纷统计")
    public DisputeStatistics countDisputes(
            @Valid @BeanParam StatisticsParams params,
            @Parameter(description = GROUP_BY
                    + "`category`, `kind`, `outcome`, `status`, `region` and/or `year`; default `kind` and `outcome`", schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class)) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this category") @QueryParam("category") DisputeCategory category,
            @Parameter(description = "Only this kind") @QueryParam("kind") DisputeKind kind) {
        return statistics.disputes(params, groupBy, category, kind);
    }

    @GET
    @Path("inspections")
    @Operation(summary = "Count enforcement inspections and the problems found", description = "The inspections of "
            + "the years (inspection date), the products looked at and their quantities, and the problems found by "
            + "type, by region and/or year. Ends with a total row.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = InspectionStatistics.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "执法检查统计")
    public InspectionStatistics countInspections(
            @Valid @BeanParam StatisticsParams params,
            @Parameter(description = GROUP_BY
                    + "`region` and/or `year`; default `region`", schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class)) @QueryParam("groupBy") List<String> groupBy) {
        return statistics.inspections(params, groupBy);
    }

    @GET
    @Path("subsidies")
    @Operation(summary = "Sum the patent subsidies and grant rewards paid", description = "The subsidy and grant-reward "
            + "applications paid (status PAID; /api/v1/patent-subsidies) with a payment date in the years, by year of "
            + "payment, region (the patent's, at `regionLevel`), kind of the policy and/or patent type: the number of "
            + "payments and the exact sum paid (yuan, two decimals, as a string). Ends with a total row.")
    @APIResponse(responseCode = "200", description = "The sums", content = @Content(schema = @Schema(implementation = SubsidyStatistics.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "专利资助拨付统计")
    public SubsidyStatistics sumSubsidiesPaid(
            @Valid @BeanParam StatisticsParams params,
            @Parameter(description = GROUP_BY
                    + "`year` (of payment), `region`, `kind` (of the policy) and/or `type` (of the patent); default `kind` and `type`", schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class)) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only policies of this kind") @QueryParam("kind") SubsidyPolicyKind kind,
            @Parameter(description = "Only patents of this type") @QueryParam("type") PatentType type) {
        return statistics.subsidiesPaid(params, groupBy, kind, type);
    }

    @GET
    @Path("pledges")
    @Operation(summary = "Count patent pledges registered and their secured amounts", description = "The patent "
            + "pledges registered (专利权质押登记) in the years, by year of registration, region of the pledge (given "
            + "by the officer, else the region digits of the pledgor's USCC) and/or current status: their number, how "
            + "many of them were released since, the patents pledged and the exact sum of the secured amounts in yuan "
            + "and in 10 000 yuan (rounded half up once to four decimals). A pledge released since still counts in "
            + "the year it was registered; requested and refused ones never count. Ends with a total row.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = PledgeStatistics.class)))
    @APIResponse(responseCode = "400", description = BAD_REQUEST)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @Extension(name = Exports.EXTENSION, value = "专利权质押登记统计")
    public PledgeStatistics countPledges(
            @Valid @BeanParam StatisticsParams params,
            @Parameter(description = GROUP_BY
                    + "`year`, `region` and/or `status`; default `year` and `region`", schema = @Schema(type = SchemaType.ARRAY, implementation = Dimension.class)) @QueryParam("groupBy") List<String> groupBy) {
        return statistics.pledges(params, groupBy);
    }
}
