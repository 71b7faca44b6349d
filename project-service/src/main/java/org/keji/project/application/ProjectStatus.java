package org.keji.project.application;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lifecycle of DOMAIN.md "Plan projects and grants". Each state lists the actions (path segments under
 * {@code /api/v1/project-applications/{id}}) it allows; a 409 names them.
 */
@Schema(description = "State of a project application / project: DRAFT (草稿), SUBMITTED (已提交，待形式审查), "
        + "CORRECTION_REQUESTED (待补正, the clock pauses), INELIGIBLE (形式审查不通过), EXPERT_REVIEW (专家评审), RANKED "
        + "(已排序), PUBLICITY (公示), APPROVED (已立项，待签订任务书), NOT_FUNDED (不予立项), ACTIVE (实施中), RECTIFYING "
        + "(中期整改), SUSPENDED (暂停), TERMINATED (终止), ACCEPTANCE_REQUESTED (已申请验收), ACCEPTANCE_RECTIFICATION "
        + "(验收整改), PASSED (验收通过), PASSED_AFTER_RECTIFICATION (整改后通过), FAILED (验收不通过), EVALUATED (已绩效评价), "
        + "CLOSED (已结题), WITHDRAWN (已撤回)")
public enum ProjectStatus {
    DRAFT(List.of("update", "submit", "withdraw")),
    SUBMITTED(List.of("request-correction", "accept", "refuse", "withdraw")),
    CORRECTION_REQUESTED(List.of("resubmit", "refuse", "withdraw")),
    INELIGIBLE(List.of()),
    EXPERT_REVIEW(List.of("draw-experts", "rank", "withdraw")),
    RANKED(List.of("start-publicity")),
    PUBLICITY(List.of("approve", "not-fund")),
    APPROVED(List.of("sign-contract")),
    NOT_FUNDED(List.of()),
    ACTIVE(List.of("tranches", "mid-term-check", "changes", "request-acceptance", "terminate")),
    RECTIFYING(List.of("complete-rectification", "suspend", "terminate")),
    SUSPENDED(List.of("resume", "terminate")),
    TERMINATED(List.of("claw-backs", "close")),
    ACCEPTANCE_REQUESTED(List.of("pass", "require-rectification", "fail")),
    ACCEPTANCE_RECTIFICATION(List.of("pass", "fail")),
    PASSED(List.of("evaluate")),
    PASSED_AFTER_RECTIFICATION(List.of("evaluate")),
    FAILED(List.of("claw-backs", "evaluate")),
    EVALUATED(List.of("close")),
    CLOSED(List.of()),
    WITHDRAWN(List.of());

    /** The states of a running case. */
    public static final List<ProjectStatus> OPEN = Arrays.stream(values()).filter(ProjectStatus::open).toList();

    /** The states of a funded project (立项) until it is closed: they count for grants and statistics. */
    public static final List<ProjectStatus> FUNDED = List.of(APPROVED, ACTIVE, RECTIFYING, SUSPENDED, TERMINATED,
            ACCEPTANCE_REQUESTED, ACCEPTANCE_RECTIFICATION, PASSED, PASSED_AFTER_RECTIFICATION, FAILED, EVALUATED,
            CLOSED);

    private final List<String> actions;

    ProjectStatus(List<String> actions) {
        this.actions = actions;
    }

    /** The actions allowed in this state. */
    public List<String> actions() {
        return actions;
    }

    /** Whether the case is still running. */
    public boolean open() {
        return !actions.isEmpty();
    }
}
