package fi.polku.accounts;

/** What a person may do in Polku. A person may hold several roles. */
public enum Role {
    LEARNER, FACILITATOR, ADMIN;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
