package org.keji.commons.problem;

import java.util.List;

/** 400: a request that fails a check Bean Validation cannot express, with the offending fields. */
public class InvalidRequestException extends ProblemException {

    private final List<Problem.Violation> violations;

    public InvalidRequestException(String code, List<Problem.Violation> violations, Object... arguments) {
        super(400, code, arguments);
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException field(String code, String field, String message, Object rejectedValue) {
        return new InvalidRequestException(code,
                List.of(new Problem.Violation(field, message, rejectedValue == null ? null : rejectedValue.toString())));
    }

    @Override
    public List<Problem.Violation> violations() {
        return violations;
    }
}
