package org.keji.commons.problem;

/** 409: the request conflicts with the current state, e.g. a duplicate or a stale version. */
public class ConflictException extends ProblemException {

    public ConflictException(String code, Object... arguments) {
        super(409, code, arguments);
    }
}
