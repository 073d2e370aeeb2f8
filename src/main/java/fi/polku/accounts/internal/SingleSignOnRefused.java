package fi.polku.accounts.internal;

import java.util.Arrays;
import java.util.Optional;

/** A sign-in through an OpenID Connect provider that Polku turns down, and why. */
class SingleSignOnRefused extends RuntimeException {

    /** Each reason's code is what the login view gets in {@code ?sso-error=} to explain it. */
    enum Reason {
        UNKNOWN_ACCOUNT("unknown-account"),
        UNVERIFIED_EMAIL("unverified-email"),
        NO_EMAIL("no-email"),
        IDENTITY_CONFLICT("identity-conflict"),
        NOT_OPENID("not-openid");

        final String code;

        Reason(String code) {
            this.code = code;
        }

        static Optional<Reason> ofCode(String code) {
            return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
        }
    }

    final Reason reason;

    SingleSignOnRefused(Reason reason) {
        super("Single sign-on refused: " + reason.code);
        this.reason = reason;
    }
}
