package org.keji.project.grant;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.keji.commons.money.Money;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.project.call.ProjectCall;

/**
 * The budget of a call and the money of each project, moved only by single conditional {@code UPDATE}s: PostgreSQL
 * locks the row, re-reads it once a concurrent writer commits and re-checks the condition, so however many requests run
 * in parallel the call's approved amount never passes its total budget and a project's tranches never pass its grant.
 * The tables' CHECKs say the same again. A refusal reads the row afterwards only to say what is left.
 */
@ApplicationScoped
public class FundsLedger {

    private final EntityManager entityManager;

    public FundsLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Reserves {@code amount} of the call's budget.
     *
     * @throws BusinessRuleException 422 {@code CALL_BUDGET_EXHAUSTED} with the budget and what is left of it
     */
    public void reserveBudget(ProjectCall call, BigDecimal amount) {
        int reserved = entityManager.createNativeQuery("""
                UPDATE project_call SET approved_amount = approved_amount + :amount
                WHERE id = :id AND approved_amount + :amount <= total_budget""").setParameter("id", call.id())
                .setParameter("amount", amount).executeUpdate();
        if (reserved == 0) {
            BigDecimal approved = (BigDecimal) entityManager
                    .createNativeQuery("SELECT approved_amount FROM project_call WHERE id = :id")
                    .setParameter("id", call.id()).getSingleResult();
            throw new BusinessRuleException("CALL_BUDGET_EXHAUSTED", Money.of(call.totalBudget()),
                    Money.of(call.totalBudget().subtract(approved)), Money.of(amount));
        }
    }

    /**
     * Counts a new tranche of {@code amount} against the project's grant.
     *
     * @throws BusinessRuleException 422 {@code GRANT_TRANCHES_EXCEED_GRANT} with the grant and what is left of it
     */
    public void schedule(UUID project, BigDecimal amount) {
        if (move(project, "scheduled = scheduled + :amount", "scheduled + :amount <= granted", amount) == 0) {
            Object[] row = row(project, "granted, scheduled");
            BigDecimal granted = (BigDecimal) row[0];
            throw new BusinessRuleException("GRANT_TRANCHES_EXCEED_GRANT", Money.of(granted),
                    Money.of(granted.subtract((BigDecimal) row[1])), Money.of(amount));
        }
    }

    /** A scheduled tranche was cancelled: its amount is free again. */
    public void unschedule(UUID project, BigDecimal amount) {
        move(project, "scheduled = scheduled - :amount", "scheduled - :amount >= paid", amount);
    }

    /** A scheduled tranche was paid (its amount is within what was scheduled, so the update always applies). */
    public void pay(UUID project, BigDecimal amount) {
        if (move(project, "paid = paid + :amount", "paid + :amount <= scheduled", amount) == 0) {
            throw new IllegalStateException("a scheduled tranche of " + project + " does not fit what was scheduled");
        }
    }

    /**
     * Demands {@code amount} back.
     *
     * @throws BusinessRuleException 422 {@code GRANT_CLAW_BACK_EXCEEDS_PAID} with what was paid and what is left to
     *         claw back
     */
    public void clawBack(UUID project, BigDecimal amount) {
        if (move(project, "clawed_back = clawed_back + :amount", "clawed_back + :amount <= paid", amount) == 0) {
            Object[] row = row(project, "paid, clawed_back");
            BigDecimal paid = (BigDecimal) row[0];
            throw new BusinessRuleException("GRANT_CLAW_BACK_EXCEEDS_PAID", Money.of(paid),
                    Money.of(paid.subtract((BigDecimal) row[1])), Money.of(amount));
        }
    }

    /** Clawed-back money was received. */
    public void recover(UUID project, BigDecimal amount) {
        if (move(project, "recovered = recovered + :amount", "recovered + :amount <= clawed_back", amount) == 0) {
            throw new IllegalStateException("a claw-back of " + project + " does not fit what was demanded");
        }
    }

    private int move(UUID project, String set, String condition, BigDecimal amount) {
        return entityManager
                .createNativeQuery("UPDATE project_funds SET " + set + " WHERE application_id = :project AND "
                        + condition)
                .setParameter("project", project).setParameter("amount", amount).executeUpdate();
    }

    private Object[] row(UUID project, String columns) {
        return (Object[]) entityManager
                .createNativeQuery("SELECT " + columns + " FROM project_funds WHERE application_id = :project")
                .setParameter("project", project).getSingleResult();
    }
}
