/** The certificates module's internals. */
@NullMarked
package fi.polku.certificates.internal;

import org.jspecify.annotations.NullMarked;
