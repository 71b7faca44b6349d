package org.keji.commons.problem;

/** 404: the resource does not exist, or the caller may not know that it does. */
public class NotFoundException extends ProblemException {

    public NotFoundException(String code, Object... arguments) {
        super(404, code, arguments);
    }
}
