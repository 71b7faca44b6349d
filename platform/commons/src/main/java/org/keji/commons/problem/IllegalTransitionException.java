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

    /**
     * The guard of a state machine on an entity: returns when {@code current} is one of {@code allowed}, else refuses
     * {@code action} with 409 {@code code}, naming {@code current} and the actions it allows ({@code currentActions}).
     */
    @SafeVarargs
    public static <S extends Enum<S>> void requireState(String code, String action, S current,
            List<String> currentActions, S... allowed) {
        for (S state : allowed) {
            if (current == state) {
                return;
            }
        }
        throw new IllegalTransitionException(code, action, current, currentActions);
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
