package fi.polku.settings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Optional;

/**
 * The organisation that runs this Polku, as certificates show it.
 *
 * @param name empty until an admin sets one; a course that names its own organisation keeps it
 * @param logo the image printed at the top of certificates, if an admin uploaded one
 */
public record Organisation(String name, @Nullable Logo logo, Instant updatedAt) {

    public Optional<String> nameIfSet() {
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /** A PNG or JPEG image, checked when it was uploaded. */
    public record Logo(String mediaType, byte[] content) {

        public Logo {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
