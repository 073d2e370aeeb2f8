/** The admins' settings page. */
@NullMarked
package fi.polku.settings.ui;

import org.jspecify.annotations.NullMarked;
