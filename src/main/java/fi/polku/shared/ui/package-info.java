/** Small UI components shared by the feature modules' views. */
@NullMarked
package fi.polku.shared.ui;

import org.jspecify.annotations.NullMarked;
