package fi.polku.accounts.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import fi.polku.accounts.internal.SingleSignOnLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.FilterChainProxy;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured provider, Polku is as it was: no button, no OAuth2 endpoint in the filter chain. */
@SpringBootTest
@WithAnonymousUser
class SingleSignOnAbsentTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FilterChainProxy filters;

    @Test
    void theLoginViewOffersNoSingleSignOn() {
        LoginView view = navigate(LoginView.class);

        assertThat(find(SingleSignOnPanel.class).all()).isEmpty();
        assertThat(find(Button.class).all()).extracting(Button::getText).noneMatch(t -> t.startsWith("Sign in with"));
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void noOAuth2EndpointIsActive() {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SingleSignOnLogin.class)).isEmpty();
        assertThat(filters.getFilterChains()).flatExtracting(chain -> chain.getFilters())
                .extracting(f -> f.getClass().getName())
                .noneMatch(name -> name.contains("oauth2"));
    }
}
