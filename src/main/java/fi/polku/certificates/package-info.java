/** Certificates: issued on course completion, as PDF, verifiable online, for LinkedIn and Open Badges. */
@NullMarked
@ApplicationModule(displayName = "Certificates")
package fi.polku.certificates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
