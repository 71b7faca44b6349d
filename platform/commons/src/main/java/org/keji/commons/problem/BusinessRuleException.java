package org.keji.commons.problem;

/** 422: the request is well formed but a business rule refuses it. */
public class BusinessRuleException extends ProblemException {

    public BusinessRuleException(String code, Object... arguments) {
        super(422, code, arguments);
    }
}
