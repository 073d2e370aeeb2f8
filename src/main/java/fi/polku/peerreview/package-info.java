/**
 * Peer assessment of development projects: submissions with attachments, reviewer allocation,
 * reviews against the assignment's rubric, flags, facilitator moderation and trainer feedback.
 */
@NullMarked
@ApplicationModule(displayName = "Peer review")
package fi.polku.peerreview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
