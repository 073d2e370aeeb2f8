/** The application shell: main layout, navigation by role, language and translations, error views. */
@NullMarked
@ApplicationModule(displayName = "Shell")
package fi.polku.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
