package org.keji.enterprise.statistics;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import org.keji.commons.security.Roles;
import org.keji.enterprise.certification.CertificationLevel;
import org.keji.enterprise.statistics.dto.CertifiedEnterprises;
import org.keji.enterprise.statistics.dto.ExpiringCertifications;
import org.keji.enterprise.statistics.dto.NewCertifications;
import org.keji.enterprise.support.RegionScope;

@Path("/api/v1/certification-statistics")
@Tag(name = "Certification statistics", description = "Figures on certified enterprises and their certificates (资质认定统计): "
        + "valid on a day, new in a year, expiring soon; by type, level, region and year. Each figure is one aggregate "
        + "query in the database.")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationStatisticsResource {

    private static final String GROUP_BY = "Group the rows by `type`, `level`, `region` and/or `year` (repeat the "
            + "parameter to combine, e.g. `groupBy=type&groupBy=region`); rows are ordered by the groupings in the order "
            + "given. Default `type`.";
    private static final String REGION = "Only certificates of this region (the holder's when certified): 2 digits for a "
            + "province, 4 for a city, each with everything below it, 6 for exactly that code (`350100` is the city's own "
            + "code only; `3501` includes its counties).";

    private final CertificationStatisticsService statistics;

    public CertificationStatisticsResource(CertificationStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("certified")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Count certified enterprises", description = "The enterprises holding a certificate valid on "
            + "`asOf` (status ACTIVE or UNDER_RECHECK and validFrom ≤ asOf ≤ validTo; REVOKED and EXPIRED never count), "
            + "by group. An enterprise counts once per group however many of its certificates fall in it, and once in "
            + "`total` however many groups it appears in.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = CertifiedEnterprises.class)))
    @Extension(name = Exports.EXTENSION, value = "有效认定企业统计")
    public CertifiedEnterprises countCertifiedEnterprises(
            @Parameter(description = "The day counted; default today (Asia/Shanghai)", example = "2026-06-30") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = GROUP_BY, schema = @Schema(type = SchemaType.ARRAY, implementation = StatisticsDimension.class)) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this certification type (code); a code no type has matches nothing", example = "HNTE") @QueryParam("certificationType") @Size(min = 1, max = 30) String certificationType,
            @Parameter(description = "Only types of this level: `NATIONAL` 国家级, `PROVINCIAL` 省级, `MUNICIPAL` 市级, `COUNTY` 县级") @QueryParam("level") CertificationLevel level,
            @Parameter(description = REGION, example = "3501") @QueryParam("region") @Pattern(regexp = RegionScope.PATTERN) String region) {
        return statistics.certifiedEnterprises(asOf,
                StatisticsDimension.parse(groupBy, CertificationStatisticsService.DEFAULT_GROUP_BY),
                new StatisticsFilter(certificationType, level, RegionScope.of(region)));
    }

    @GET
    @Path("new")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Count new certifications of a year", description = "The certificates whose validity starts in "
            + "`year` (validFrom from 1 January to 31 December), whatever their status now except REVOKED, by group, "
            + "each row and the total split by origin: GRANTED (by an application handled here) and IMPORTED (granted "
            + "before, entered later). Certificates are counted, not enterprises.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = NewCertifications.class)))
    @Extension(name = Exports.EXTENSION, value = "新增认定统计")
    public NewCertifications countNewCertifications(
            @Parameter(description = "The year counted, 1900-9999; default this year (Asia/Shanghai)", example = "2026") @QueryParam("year") @Min(1900) @Max(9999) Integer year,
            @Parameter(description = GROUP_BY, schema = @Schema(type = SchemaType.ARRAY, implementation = StatisticsDimension.class)) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this certification type (code); a code no type has matches nothing", example = "HNTE") @QueryParam("certificationType") @Size(min = 1, max = 30) String certificationType,
            @Parameter(description = "Only types of this level: `NATIONAL` 国家级, `PROVINCIAL` 省级, `MUNICIPAL` 市级, `COUNTY` 县级") @QueryParam("level") CertificationLevel level,
            @Parameter(description = REGION, example = "3501") @QueryParam("region") @Pattern(regexp = RegionScope.PATTERN) String region) {
        return statistics.newCertifications(year,
                StatisticsDimension.parse(groupBy, CertificationStatisticsService.DEFAULT_GROUP_BY),
                new StatisticsFilter(certificationType, level, RegionScope.of(region)));
    }

    @GET
    @Path("expiring")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Count certificates expiring soon", description = "The certificates valid on `asOf` (status "
            + "ACTIVE or UNDER_RECHECK, validFrom ≤ asOf) whose last day falls between `asOf` and `asOf` + `withinDays`, "
            + "both included, by group. Certificates are counted, not enterprises; `GET /api/v1/certifications` with "
            + "`validOn` = asOf and `expiringWithinDays` lists them.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = ExpiringCertifications.class)))
    @Extension(name = Exports.EXTENSION, value = "即将到期证书统计")
    public ExpiringCertifications countExpiringCertifications(
            @Parameter(description = "Days from asOf to the last day of the window, 1-3650; default 90", example = "90") @QueryParam("withinDays") @DefaultValue("90") @Min(1) @Max(3650) Integer withinDays,
            @Parameter(description = "First day of the window; default today (Asia/Shanghai)", example = "2026-06-30") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = GROUP_BY, schema = @Schema(type = SchemaType.ARRAY, implementation = StatisticsDimension.class)) @QueryParam("groupBy") List<String> groupBy,
            @Parameter(description = "Only this certification type (code); a code no type has matches nothing", example = "HNTE") @QueryParam("certificationType") @Size(min = 1, max = 30) String certificationType,
            @Parameter(description = "Only types of this level: `NATIONAL` 国家级, `PROVINCIAL` 省级, `MUNICIPAL` 市级, `COUNTY` 县级") @QueryParam("level") CertificationLevel level,
            @Parameter(description = REGION, example = "3501") @QueryParam("region") @Pattern(regexp = RegionScope.PATTERN) String region) {
        return statistics.expiringCertifications(asOf, withinDays,
                StatisticsDimension.parse(groupBy, CertificationStatisticsService.DEFAULT_GROUP_BY),
                new StatisticsFilter(certificationType, level, RegionScope.of(region)));
    }
}
