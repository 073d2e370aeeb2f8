/**
 * What an admin sets up for the whole installation: the organisation's name and logo that
 * certificates carry, and a look at how mail and the content directory are configured.
 */
@NullMarked
@ApplicationModule(displayName = "Settings")
package fi.polku.settings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
