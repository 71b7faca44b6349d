package org.keji.ip.subsidy;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.keji.commons.money.Money;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.ip.policy.SubsidyPolicy;

/**
 * What applications have reserved against a policy's caps per enterprise and its total budget. A reservation is one
 * conditional {@code UPDATE … WHERE reserved + amount <= cap}: PostgreSQL locks the row, re-reads it after any
 * concurrent writer commits and re-checks the condition, so whatever runs in parallel the reserved sums never pass a
 * cap. The enterprise row is always reserved before the budget row, so two reservations never wait on each other in a
 * cycle.
 */
@ApplicationScoped
public class SubsidyLedger {

    private final EntityManager entityManager;

    public SubsidyLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Reserves {@code amount} (and one application) for {@code applicant} under {@code policy}, and {@code amount} of the
     * policy's budget when it has one.
     *
     * @throws BusinessRuleException 422 {@code SUBSIDY_CAP_AMOUNT_EXCEEDED}, {@code SUBSIDY_CAP_COUNT_EXCEEDED} or
     *         {@code SUBSIDY_BUDGET_EXHAUSTED}, each with the cap and what is left of it
     */
    public void reserve(SubsidyPolicy policy, String applicant, Money amount) {
        entityManager.createNativeQuery("""
                INSERT INTO patent_subsidy_enterprise_ledger (policy_id, applicant_uscc, reserved_amount, reserved_count)
                VALUES (:policy, :applicant, 0, 0) ON CONFLICT DO NOTHING""").setParameter("policy", policy.id())
                .setParameter("applicant", applicant).executeUpdate();
        StringBuilder update = new StringBuilder("""
                UPDATE patent_subsidy_enterprise_ledger
                SET reserved_amount = reserved_amount + :amount, reserved_count = reserved_count + 1
                WHERE policy_id = :policy AND applicant_uscc = :applicant""");
        if (policy.capAmount() != null) {
            update.append(" AND reserved_amount + :amount <= :capAmount");
        }
        if (policy.capCount() != null) {
            update.append(" AND reserved_count + 1 <= :capCount");
        }
        var statement = entityManager.createNativeQuery(update.toString()).setParameter("policy", policy.id())
                .setParameter("applicant", applicant).setParameter("amount", amount.amount());
        if (policy.capAmount() != null) {
            statement.setParameter("capAmount", policy.capAmount().amount());
        }
        if (policy.capCount() != null) {
            statement.setParameter("capCount", policy.capCount());
        }
        if (statement.executeUpdate() == 0) {
            throw capExceeded(policy, applicant, amount);
        }
        if (policy.budget() != null) {
            entityManager.createNativeQuery("""
                    INSERT INTO patent_subsidy_budget_ledger (policy_id, reserved_amount) VALUES (:policy, 0)
                    ON CONFLICT DO NOTHING""").setParameter("policy", policy.id()).executeUpdate();
            int reserved = entityManager.createNativeQuery("""
                    UPDATE patent_subsidy_budget_ledger SET reserved_amount = reserved_amount + :amount
                    WHERE policy_id = :policy AND reserved_amount + :amount <= :budget""")
                    .setParameter("policy", policy.id()).setParameter("amount", amount.amount())
                    .setParameter("budget", policy.budget().amount()).executeUpdate();
            if (reserved == 0) {
                Money used = Money.of((BigDecimal) entityManager.createNativeQuery(
                        "SELECT reserved_amount FROM patent_subsidy_budget_ledger WHERE policy_id = :policy")
                        .setParameter("policy", policy.id()).getSingleResult());
                throw new BusinessRuleException("SUBSIDY_BUDGET_EXHAUSTED", policy.budget(),
                        policy.budget().minus(used), amount);
            }
        }
    }

    /**
     * Gives back {@code amount}, and the application itself when {@code application} is set (a refusal or withdrawal;
     * an approval below the amount applied for gives back only the difference). A policy without a budget has no
     * budget row, so nothing changes there.
     */
    public void release(UUID policyId, String applicant, Money amount, boolean application) {
        entityManager.createNativeQuery("""
                UPDATE patent_subsidy_enterprise_ledger
                SET reserved_amount = reserved_amount - :amount, reserved_count = reserved_count - :count
                WHERE policy_id = :policy AND applicant_uscc = :applicant""").setParameter("policy", policyId)
                .setParameter("applicant", applicant).setParameter("amount", amount.amount())
                .setParameter("count", application ? 1 : 0).executeUpdate();
        entityManager.createNativeQuery("""
                UPDATE patent_subsidy_budget_ledger SET reserved_amount = reserved_amount - :amount
                WHERE policy_id = :policy""").setParameter("policy", policyId).setParameter("amount", amount.amount())
                .executeUpdate();
    }

    /** The refusal naming the cap that would be passed and what is left of it. */
    private BusinessRuleException capExceeded(SubsidyPolicy policy, String applicant, Money amount) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT reserved_amount, reserved_count FROM patent_subsidy_enterprise_ledger
                WHERE policy_id = :policy AND applicant_uscc = :applicant""").setParameter("policy", policy.id())
                .setParameter("applicant", applicant).getSingleResult();
        Money used = Money.of((BigDecimal) row[0]);
        int count = ((Number) row[1]).intValue();
        if (policy.capAmount() != null && used.plus(amount).compareTo(policy.capAmount()) > 0) {
            return new BusinessRuleException("SUBSIDY_CAP_AMOUNT_EXCEEDED", policy.capAmount(),
                    policy.capAmount().minus(used), amount);
        }
        return new BusinessRuleException("SUBSIDY_CAP_COUNT_EXCEEDED", policy.capCount(),
                Math.max(0, policy.capCount() - count));
    }
}
