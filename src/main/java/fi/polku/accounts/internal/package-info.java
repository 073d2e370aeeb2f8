/** The accounts module's internals: entities, repositories, services and configuration. */
@NullMarked
package fi.polku.accounts.internal;

import org.jspecify.annotations.NullMarked;
