/** The self-assessment lesson panel and results, the kit catalogue and bookings. */
@NullMarked
package fi.polku.schools.ui;

import org.jspecify.annotations.NullMarked;
