package org.keji.commons.web;

import jakarta.ws.rs.BadRequestException;

/** A query or header parameter that cannot be read as its type; answered as 400 VALIDATION_FAILED naming it. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String rejectedValue;
    private final String expected;

    public InvalidParameterException(String parameter, String rejectedValue, String expected) {
        super("invalid parameter " + parameter);
        this.parameter = parameter;
        this.rejectedValue = rejectedValue;
        this.expected = expected;
    }

    public String parameter() {
        return parameter;
    }

    public String rejectedValue() {
        return rejectedValue;
    }

    /** What a valid value looks like, e.g. "a date as yyyy-MM-dd". */
    public String expected() {
        return expected;
    }
}
