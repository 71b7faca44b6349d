package org.keji.enterprise.application.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.enterprise.application.ApplicationStatus;
import org.keji.enterprise.eligibility.Verdict;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CertificationApplication", description = "A certification application, a case followed by its tracking number")
public record ApplicationView(
        UUID id,
        @Schema(description = "Tracking number (办件编号)", example = "ENT-20261123-00000042") String trackingNumber,
        @Schema(description = "Matter code (事项编码)", example = "KJ-ENT-HNTE") String matterCode,
        @Schema(example = "91350100M000100Y43") String uscc,
        @Schema(example = "HNTE") String certificationType,
        @Schema(example = "2026") int year,
        ApplicationStatus status,
        @Schema(description = "Actions allowed now (path segments under the application)", example = "[\"request-correction\", \"accept\", \"refuse\", \"withdraw\"]") List<String> allowedActions,
        @Schema(description = "The materials referenced, each with its document's metadata and `expired` when its validity ended") List<ApplicationMaterialView> materials,
        @Schema(description = "While a correction is requested: what is missing") List<String> missingMaterials,
        @Schema(example = "2026-11-23") LocalDate submittedOn,
        @Schema(description = "The promised due date, as promisedDueOn (kept for existing clients)", example = "2027-02-26") LocalDate dueOn,
        @Schema(description = "Promised date of the decision (承诺时限), moved by paused working days", example = "2027-02-26") LocalDate promisedDueOn,
        @Schema(description = "Whether promisedDueOn was counted through a year whose official calendar is not loaded yet (counted Monday to Friday; recounted when it is)", example = "true") boolean promisedDueOnProvisional,
        @Schema(description = "Legal date of the decision (法定时限), moved by paused working days", example = "2027-02-26") LocalDate legalDueOn,
        @Schema(description = "Whether legalDueOn was counted through a year whose official calendar is not loaded yet", example = "true") boolean legalDueOnProvisional,
        @Schema(description = "Working days left to promisedDueOn (negative when overdue, frozen while paused); absent once decided", example = "57") Integer workingDaysLeft,
        @Schema(description = "Whether promisedDueOn is passed: today (or the first day of a running pause) is after it, or the decision came after it") boolean overdue,
        @Schema(description = "Whether the clock is paused for a correction") boolean paused,
        @Schema(description = "Working days the clock was paused so far", example = "3") int pausedWorkingDays,
        @Schema(description = "The eligibility check made at submission") UUID eligibilityCheckId,
        @Schema(description = "Its verdict") Verdict eligibilityVerdict,
        @Schema(description = "Assigned experts (bureau roles only)") List<String> experts,
        @Schema(description = "Expert reviews (bureau roles and the reviewing expert only)") List<ExpertReviewView> reviews,
        @Schema(description = "The rules with the experts' scores (single reads by bureau roles, once reviews exist)") AssessmentView assessment,
        LocalDate publicityFrom,
        LocalDate publicityTo,
        List<ObjectionView> objections,
        LocalDate decidedOn,
        String refusalReason,
        @Schema(description = "The certificate issued") UUID certificationId,
        @Schema(description = "Who submitted (token subject)") String submittedBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {
}
