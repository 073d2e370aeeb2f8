/** Cohorts, enrolment, progress, needs survey, development plans, sparring groups and dashboards. */
@NullMarked
@ApplicationModule(displayName = "Learning")
package fi.polku.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
