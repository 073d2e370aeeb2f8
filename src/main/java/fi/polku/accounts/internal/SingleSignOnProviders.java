package fi.polku.accounts.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The providers the login view offers a "sign in with" button for: none unless configured. */
@Component
public class SingleSignOnProviders {

    /**
     * @param label the registration's {@code client-name}, e.g. "Helsinki University"
     * @param path  where the button leads, relative to the login view
     */
    public record Provider(String label, String path) {
    }

    private final List<Provider> providers;

    SingleSignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        List<Provider> found = new ArrayList<>();
        // Spring Boot's repository lists its registrations; one from elsewhere offers no button.
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration r
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(r.getAuthorizationGrantType())) {
                    found.add(new Provider(r.getClientName(), "oauth2/authorization/" + r.getRegistrationId()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }
}
