/** The schools module's internals. */
@NullMarked
package fi.polku.schools.internal;

import org.jspecify.annotations.NullMarked;
