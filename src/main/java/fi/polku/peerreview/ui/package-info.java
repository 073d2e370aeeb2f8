/** The assignment panel in the lesson, the review form and the facilitators' moderation queue. */
@NullMarked
package fi.polku.peerreview.ui;

import org.jspecify.annotations.NullMarked;
