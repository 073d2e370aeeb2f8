/** The learning module's internals: rules and file formats behind its services. */
@NullMarked
package fi.polku.learning.internal;

import org.jspecify.annotations.NullMarked;
