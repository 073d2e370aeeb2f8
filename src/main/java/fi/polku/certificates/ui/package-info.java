/** The public verify page, the learner's certificates and the facilitators' certificate desk. */
@NullMarked
package fi.polku.certificates.ui;

import org.jspecify.annotations.NullMarked;
