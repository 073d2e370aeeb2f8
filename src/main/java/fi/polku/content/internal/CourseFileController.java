package fi.polku.content.internal;

import fi.polku.content.CourseCatalog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Images and attachments that lessons link to, from inside the course folder only. Signed-in
 * users only (the security chain requires a login for everything not opened explicitly).
 */
@RestController
class CourseFileController {

    private final CourseCatalog catalog;

    CourseFileController(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/" + LessonRenderer.FILES_PATH + "/{courseId}/**")
    ResponseEntity<Resource> file(@PathVariable String courseId, HttpServletRequest request) {
        String prefix = request.getContextPath() + "/" + LessonRenderer.FILES_PATH + "/" + courseId + "/";
        String raw = request.getRequestURI();
        if (!raw.startsWith(prefix)) {
            return ResponseEntity.notFound().build();
        }
        String relative = URLDecoder.decode(raw.substring(prefix.length()), StandardCharsets.UTF_8);
        return catalog.courseFile(courseId, relative)
                .map(path -> ResponseEntity.ok()
                        .contentType(MediaTypeFactory.getMediaType(path.getFileName().toString())
                                .orElse(MediaType.APPLICATION_OCTET_STREAM))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        // An SVG or HTML file opened on its own must not run script in our origin.
                        .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
                        .<Resource>body(new FileSystemResource(path)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
