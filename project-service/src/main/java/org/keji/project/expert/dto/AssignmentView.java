package org.keji.project.expert.dto;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keji.project.call.CallCategory;
import org.keji.project.expert.AssignmentStatus;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;

@Schema(name = "ExpertAssignment", description = "An assignment with what the expert needs to review: the application's "
        + "plan and material references, the call, the criteria and weights; never the call's budget ledger")
public record AssignmentView(
        @Schema(description = "Assignment id") UUID id,
        @Schema(description = "Assignment state") AssignmentStatus status,
        @Schema(description = "Actions the expert may take now", example = "[\"declaration\"]") List<String> allowedActions,
        @Schema(description = "Expert id") UUID expertId,
        @Schema(description = "Expert name", example = "张伟") String expertName,
        @Schema(description = "The drawing that assigned it") UUID drawId,
        @Schema(description = "The application under review") Application application,
        @Schema(description = "The call") Call call,
        @Schema(description = "Criteria of the call's category; weights sum to 100") List<Criterion> criteria,
        @Schema(description = "Conflict reason, when declined", example = "曾在申报单位任职") String conflictReason,
        @Schema(description = "When declared") OffsetDateTime declaredAt,
        @Schema(description = "The assignment drawn in its place, when declined and replaced") UUID replacedBy,
        @Schema(description = "The scores given, once scored") List<GivenScore> scores,
        @Schema(type = SchemaType.STRING, description = "Σ score × weight / 100, exact (4 decimals)", example = "86.2500") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightedTotal,
        @Schema(description = "The expert's opinion", example = "技术路线清晰。") String comment,
        @Schema(description = "When scored") OffsetDateTime scoredAt,
        @Schema(description = "Version", example = "1") long version) {

    @Schema(name = "ExpertAssignmentApplication", description = "The application as an expert reviews it")
    public record Application(
            @Schema(description = "Application id") UUID id,
            @Schema(description = "Tracking number", example = "PRJ20260315000123") String trackingNumber,
            @Schema(description = "Title", example = "基于国产芯片的工业网关研发") String title,
            @Schema(description = "Summary", example = "研发一款基于国产芯片的工业物联网网关……") String summary,
            @Schema(description = "Technical field", example = "ELECTRONIC_INFORMATION") String field,
            @Schema(description = "Applicant's unified social credit code", example = "91350100M000100Y43") String uscc,
            @Schema(type = SchemaType.STRING, description = "Requested grant (yuan, 2 decimals)", example = "500000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal requestedAmount,
            @Schema(description = "Material references (from the enterprise's wallet)", example = "[{\"kind\":\"PROJECT_PLAN\",\"materialId\":\"7e1c9a52-2b7f-4b43-8c55-5a4c3e2d1f00\"}]") JsonNode materials) {
    }

    @Schema(name = "ExpertAssignmentCall", description = "The call, without its budget ledger")
    public record Call(
            @Schema(description = "Call id") UUID id,
            @Schema(description = "Code", example = "FZ-2026-RD-1") String code,
            @Schema(description = "Title", example = "2026年福州市科技计划项目（第一批）") String title,
            @Schema(description = "Category") CallCategory category,
            @Schema(description = "Year", example = "2026") int year,
            @Schema(description = "Batch", example = "1") int batch) {
    }

    @Schema(name = "ExpertCriterion", description = "A scoring criterion and its weight")
    public record Criterion(
            @Schema(description = "Code", example = "INNOVATION") String criterion,
            @Schema(description = "Name", example = "创新性与先进性") String name,
            @Schema(description = "Weight (percent)", example = "30") int weight) {
    }

    @Schema(name = "ExpertGivenScore", description = "A score given on one criterion")
    public record GivenScore(
            @Schema(description = "Code", example = "INNOVATION") String criterion,
            @Schema(description = "Weight (percent)", example = "30") int weight,
            @Schema(type = SchemaType.STRING, description = "Score 0–100", example = "86.5") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score) {
    }
}
