/** The content module's internals: entities, repositories, services and configuration. */
@NullMarked
package fi.polku.content.internal;

import org.jspecify.annotations.NullMarked;
