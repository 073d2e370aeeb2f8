/** The settings module's internals: the single organisation row and the logo check. */
@NullMarked
package fi.polku.settings.internal;

import org.jspecify.annotations.NullMarked;
