/** The course catalogue, course and lesson pages, and the admins' content problems view. */
@NullMarked
package fi.polku.content.ui;

import org.jspecify.annotations.NullMarked;
