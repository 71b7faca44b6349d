package org.keji.enterprise.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.CertificationLevel;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The expiring certificates of one group; only the members grouped by are present. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExpiringCertificationsRow", description = "The certificates of one group valid on asOf whose last day is within the window. Only the members named in `groupBy` are present.")
public record ExpiringCertificationsRow(
        @Schema(title = "认定类型", description = "Certification type code (groupBy=type)", example = "HNTE") String certificationType,
        @Schema(title = "级别", description = "Level of the certification type (groupBy=level)") CertificationLevel level,
        @Schema(title = "行政区划代码", description = "GB/T 2260 code of the holder's region when certified (groupBy=region)", example = "350102") String region,
        @Schema(title = "发证年度", description = "Year of the certificate's first day of validity (groupBy=year)", example = "2023") Integer year,
        @Schema(title = "证书数", description = "Certificates in the group", example = "12", minimum = "1") long count) {
}
