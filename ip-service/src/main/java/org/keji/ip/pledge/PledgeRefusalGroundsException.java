package org.keji.ip.pledge;

import java.util.List;

import org.keji.commons.event.pledge.PledgeRefusal;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.Problem;

/**
 * 422 {@code PLEDGE_REFUSAL_GROUNDS}: a registration found grounds at decision time. Every ground is one entry of the
 * problem's {@code violations}: {@code field} the ground, {@code rejectedValue} the application number, {@code message}
 * what the register shows.
 */
public class PledgeRefusalGroundsException extends BusinessRuleException {

    private final transient List<PledgeRefusal> grounds;

    public PledgeRefusalGroundsException(String trackingNumber, List<PledgeRefusal> grounds) {
        super("PLEDGE_REFUSAL_GROUNDS", trackingNumber, grounds.size());
        this.grounds = List.copyOf(grounds);
    }

    @Override
    public List<Problem.Violation> violations() {
        return grounds.stream()
                .map(g -> new Problem.Violation(g.ground().name(), g.detail(), g.applicationNumber())).toList();
    }
}
