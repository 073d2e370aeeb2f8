/** Lesson discussions, the gallery, the notification bell and preferences. */
@NullMarked
package fi.polku.community.ui;

import org.jspecify.annotations.NullMarked;
