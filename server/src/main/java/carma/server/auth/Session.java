package carma.server.auth;

import carma.server.account.Role;

/** A logged-in account; {@code csrfToken} must accompany mutations sent with the session cookie. */
public record Session(String account, Role role, String csrfToken) {
    public boolean isOperator() {
        return role == Role.OPERATOR;
    }
}
