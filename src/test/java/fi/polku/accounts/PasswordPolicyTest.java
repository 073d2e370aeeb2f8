package fi.polku.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "PASSWORD1234", "Password2026!", "  iloveyou!!  ", "2026-sunshine",
            "qwertyui123", "Liverpool1892", "starwars!!!!"})
    void refusesCommonPasswordsIgnoringCaseAndDecoration(String password) {
        assertThat(PasswordPolicy.problem(password)).contains("register.password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"polku-demo-1", "eevan-salasana-2026", "a-long-password", "sunshine in Oulu",
            "Mölkky-ilta-perjantaina", "correct horse battery staple"})
    void acceptsLongPasswordsThatAreNotOnTheList(String password) {
        assertThat(PasswordPolicy.problem(password)).isEmpty();
    }

    @Test
    void reportsLengthBeforeCommonness() {
        assertThat(PasswordPolicy.problem("monkey")).contains("register.password.too-short");
        assertThat(PasswordPolicy.problem("x".repeat(129))).contains("register.password.too-long");
    }
}
