/** Login, registration and user lists. */
@NullMarked
package fi.polku.accounts.ui;

import org.jspecify.annotations.NullMarked;
