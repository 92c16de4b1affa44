package org.scolarite.account.entity;

/** An action the life cycle does not allow from the account's current state or for its kind (SPEC §4). */
public class IllegalAccountTransition extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    private final AccountState state;
    private final AccountAction action;

    IllegalAccountTransition(AccountAction action, AccountState state) {
        this(action, state, "Impossible " + action.label() + " : il est à l'état « " + state.label() + " ».");
    }

    IllegalAccountTransition(AccountAction action, AccountState state, String message) {
        super(message);
        this.action = action;
        this.state = state;
    }

    public AccountState getState() {
        return state;
    }

    public AccountAction getAction() {
        return action;
    }
}
