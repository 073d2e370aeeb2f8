/**
 * The course catalogue, course and lesson pages, and the admins' content problems view. Other
 * modules add to the pages through {@link fi.polku.content.ui.ContentViewExtension}.
 */
@NullMarked
@NamedInterface("ui")
package fi.polku.content.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
