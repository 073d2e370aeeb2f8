/** The peer-review module's internals. */
@NullMarked
package fi.polku.peerreview.internal;

import org.jspecify.annotations.NullMarked;
