package fi.polku.certificates.ui;

import com.vaadin.flow.i18n.I18NProvider;
import fi.polku.accounts.CurrentUser;
import fi.polku.certificates.CertificateView;
import fi.polku.certificates.Certificates;
import fi.polku.certificates.internal.VerifyLimiter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Public: anyone can check what a certificate's code certifies and whether it still stands. A plain
 * Spring MVC page, not a Vaadin view: whoever scans a certificate's QR code gets one HTML response and
 * no session (decision record 020).
 */
@Controller
class VerifyPage {

    /**
     * A browser or proxy may keep the page but must ask again before showing it, so a revocation
     * shows on the very next look; the page is cheap to make, and no stale "valid" is worth saving it.
     */
    private static final CacheControl FRESH = CacheControl.noCache();
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Certificates certificates;
    private final VerifyLimiter limiter;
    private final I18NProvider i18n;
    private final CurrentUser currentUser;

    VerifyPage(Certificates certificates, VerifyLimiter limiter, I18NProvider i18n, CurrentUser currentUser) {
        this.certificates = certificates;
        this.limiter = limiter;
        this.i18n = i18n;
        this.currentUser = currentUser;
    }

    /** The empty form; the form itself sends here, and a typed code moves to its own address. */
    @GetMapping("/verify")
    ResponseEntity<String> form(@RequestParam(required = false) @Nullable String code,
                                @RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
        String chosen = offered(lang).map(Locale::getLanguage).orElse(null);
        if (code != null && !code.isBlank()) {
            String to = request.getContextPath() + "/verify/" + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8)
                    + (chosen == null ? "" : "?lang=" + chosen);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(to)).cacheControl(FRESH).build();
        }
        VerifyHtml html = html(request, lang);
        return page(HttpStatus.OK, FRESH, html.page("", ""));
    }

    @GetMapping("/verify/{code}")
    ResponseEntity<String> check(@PathVariable String code, @RequestParam(required = false) @Nullable String lang,
                                 HttpServletRequest request) {
        VerifyHtml html = html(request, lang);
        if (!limiter.allow(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
                    .cacheControl(CacheControl.noStore()).contentType(HTML)
                    .body(html.page(code, html.status("verify.too-many", "status-warning")));
        }
        Optional<CertificateView> found = certificates.verify(code);
        return found.map(c -> page(HttpStatus.OK, FRESH, html.page(code, html.certificate(c))))
                .orElseGet(() -> page(HttpStatus.NOT_FOUND, FRESH,
                        html.page(code, html.status("verify.unknown", "status-warning"))));
    }

    private static ResponseEntity<String> page(HttpStatus status, CacheControl cache, String body) {
        // the language follows Accept-Language, and a signed-in reader's profile (the session cookie)
        return ResponseEntity.status(status).cacheControl(cache).contentType(HTML)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE).body(body);
    }

    private VerifyHtml html(HttpServletRequest request, @Nullable String lang) {
        return new VerifyHtml(i18n, locale(request, lang), request.getContextPath(),
                offered(lang).map(Locale::getLanguage).orElse(null));
    }

    /**
     * As in the Vaadin views: the language picked on the page, else a signed-in reader's profile
     * language, else the browser's best offered match (exact first, then by language), else English.
     */
    private Locale locale(HttpServletRequest request, @Nullable String lang) {
        Optional<Locale> picked = offered(lang);
        if (picked.isPresent()) {
            return picked.get();
        }
        Optional<Locale> profile = currentUser.get().flatMap(user -> offered(user.language().getLanguage()));
        if (profile.isPresent()) {
            return profile.get();
        }
        List<Locale> offered = i18n.getProvidedLocales();
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            List<Locale> asked = Collections.list(request.getLocales());
            Optional<Locale> exact = asked.stream().filter(offered::contains).findFirst();
            if (exact.isPresent()) {
                return exact.get();
            }
            for (Locale wanted : asked) {
                Optional<Locale> same = offered(wanted.getLanguage());
                if (same.isPresent()) {
                    return same.get();
                }
            }
        }
        return offered.getFirst();
    }

    /** The offered locale in the given language ("sv" gives sv-FI), if any. */
    private Optional<Locale> offered(@Nullable String language) {
        return language == null ? Optional.empty() : i18n.getProvidedLocales().stream()
                .filter(l -> !language.isBlank() && l.getLanguage().equals(language.strip())).findFirst();
    }
}
