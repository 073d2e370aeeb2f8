/** What every module may use and that holds no business rule: small UI components and text helpers. */
@NullMarked
package fi.polku.shared;

import org.jspecify.annotations.NullMarked;
