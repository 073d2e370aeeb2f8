package fi.polku.schools.internal;

import fi.polku.schools.KitId;
import fi.polku.schools.Kits;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.UUID;

/**
 * Kit photos, for everyone signed in, like the catalogue they illustrate: the path is not opened
 * in ViewSecurity, so the filter chain turns anonymous requests away, and {@link Kits#photo}
 * checks again. Served as the type detected from the bytes at upload, never sniffed again.
 */
@RestController
class KitPhotoController {

    private final Kits kits;

    KitPhotoController(Kits kits) {
        this.kits = kits;
    }

    @GetMapping("/kit-photos/{kitId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID kitId) {
        return kits.photo(new KitId(kitId)).map(p -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(p.mediaType()))
                        // private: only for the signed-in browser; the URL changes with each new photo
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'")
                        .body(p.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
