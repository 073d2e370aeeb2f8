/** Learners' home, progress, forms in lessons; facilitators' cohort views. */
@NullMarked
package fi.polku.learning.ui;

import org.jspecify.annotations.NullMarked;
