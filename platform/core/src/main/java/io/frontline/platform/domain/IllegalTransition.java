package io.frontline.platform.domain;

/** A workflow step that the aggregate's current state does not allow (answered as 409 Conflict). */
public class IllegalTransition extends DomainException {
    private final String from;
    private final String action;

    public IllegalTransition(String aggregate, String from, String action) {
        super("A " + aggregate + " that is " + from + " cannot be " + action);
        this.from = from;
        this.action = action;
    }

    public String from() {
        return from;
    }

    public String action() {
        return action;
    }
}
