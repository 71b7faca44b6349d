package org.keji.commons.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string PostgreSQL cannot store (see {@link StorableText}); answered as 400 VALIDATION_FAILED naming its path. */
public class UnstorableTextException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    public UnstorableTextException(JsonParser parser) {
        super(parser, "must be " + StorableText.EXPECTED, String.class);
    }
}
