package org.keji.commons.problem;

import java.util.List;

/**
 * A failure with a stable code that maps to a problem details response. The title and detail come from the message
 * bundles ({@code problems} of the service, then {@code org.keji.commons.problem.problems}) by code, formatted with
 * {@link #arguments()}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] arguments;

    public ProblemException(int status, String code, Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Extra members of the problem body; none by default. */
    public String currentState() {
        return null;
    }

    public List<String> allowedActions() {
        return null;
    }

    public List<Problem.Violation> violations() {
        return null;
    }
}
