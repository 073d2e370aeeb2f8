/**
 * The learners' community: discussions per lesson, the gallery of projects and experiments, and
 * notifications (in-app bell and the daily e-mail digest). Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(displayName = "Community")
package fi.polku.community;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
