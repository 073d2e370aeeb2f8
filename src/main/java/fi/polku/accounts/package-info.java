/** Users, roles, registration, login and profile: who is who in Polku. */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package fi.polku.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
