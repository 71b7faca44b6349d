package org.keji.commons.problem;

import java.util.List;

/** 409: an action that the current state does not allow; the body names the state and the allowed actions. */
public class IllegalTransitionException extends ProblemException {

    private final String currentState;
    private final List<String> allowedActions;

    public IllegalTransitionException(String code, String action, Enum<?> currentState, List<String> allowedActions) {
        super(409, code, action, currentState.name());
        this.currentState = currentState.name();
        this.allowedActions = List.copyOf(allowedActions);
    }

    @Override
    public String currentState() {
        return currentState;
    }

    @Override
    public List<String> allowedActions() {
        return allowedActions;
    }
}
