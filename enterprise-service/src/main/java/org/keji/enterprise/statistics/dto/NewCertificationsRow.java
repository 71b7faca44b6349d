package org.keji.enterprise.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.certification.CertificationLevel;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The certificates new in a year in one group; only the members grouped by are present. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NewCertificationsRow", description = "The certificates of one group whose validity starts in the year, split by origin. Only the members named in `groupBy` are present.")
public record NewCertificationsRow(
        @Schema(title = "认定类型", description = "Certification type code (groupBy=type)", example = "HNTE") String certificationType,
        @Schema(title = "级别", description = "Level of the certification type (groupBy=level)") CertificationLevel level,
        @Schema(title = "行政区划代码", description = "GB/T 2260 code of the holder's region when certified (groupBy=region)", example = "350102") String region,
        @Schema(title = "发证年度", description = "Year of the certificate's first day of validity (groupBy=year): the year asked for", example = "2026") Integer year,
        @Schema(title = "证书数", description = "Certificates in the group", example = "57", minimum = "1") long count,
        @Schema(title = "本系统认定数", description = "Of `count`, certificates granted by an application handled here (origin GRANTED)", example = "41", minimum = "0") long granted,
        @Schema(title = "补录数", description = "Of `count`, certificates granted before and entered by an officer or another system (origin IMPORTED)", example = "16", minimum = "0") long imported) {
}
