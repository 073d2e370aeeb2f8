/** Small UI components shared by the feature modules' views. */
@NullMarked
@NamedInterface("ui")
package fi.polku.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
