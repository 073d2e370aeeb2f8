/** The community module's internals. */
@NullMarked
package fi.polku.community.internal;

import org.jspecify.annotations.NullMarked;
