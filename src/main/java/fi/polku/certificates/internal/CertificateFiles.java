package fi.polku.certificates.internal;

import fi.polku.certificates.Certificates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * Public by design, like the verify page: a certificate's PDF and badge are found only by their
 * unguessable code (83 bits), which its holder shares.
 */
@RestController
class CertificateFiles {

    private final Certificates certificates;

    CertificateFiles(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{code}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(defaultValue = "false") boolean print) {
        return certificates.pdf(code, print).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("certificate-" + code + (print ? "-print" : "") + ".pdf", StandardCharsets.UTF_8)
                                .build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/badges/{code}.json")
    ResponseEntity<String> badge(@PathVariable String code) {
        return certificates.badge(code).map(json -> ResponseEntity.ok()
                        .contentType(new MediaType("application", "ld+json", StandardCharsets.UTF_8)).body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
