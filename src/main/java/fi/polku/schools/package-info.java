/**
 * Work with whole schools: the team self-assessment of a school's digital practices and the
 * lending of technology kits to schools.
 */
@NullMarked
@ApplicationModule(displayName = "Schools")
package fi.polku.schools;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
