package fi.polku.accounts.ui;

import jakarta.servlet.RequestDispatcher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Response headers that make the browser refuse what Polku never does: run scripts or load
 * resources from elsewhere, be framed by another site, guess content types, leak full URLs to
 * other sites, use the camera or microphone. Decision record 011 explains each choice.
 */
final class SecureHeaders {

    /**
     * Vaadin Flow's client runs JavaScript the server sends ({@code new Function}) and its bootstrap
     * page has an inline script; its components set inline styles and use {@code data:} icons.
     */
    static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy(Set.of());

    /**
     * @param frameHosts the hosts course content may embed in iframes ({@code polku.content.iframe-hosts},
     *                   e.g. a video service): the only other origin a page may load, and only in a frame
     */
    static String contentSecurityPolicy(Set<String> frameHosts) {
        String frames = frameHosts.stream().sorted().map(host -> " https://" + host).collect(Collectors.joining());
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "frame-src 'self'" + frames,
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private static final Pattern VERIFY = Pattern.compile("/verify(/[^/]*)?");
    private static final Pattern FILES = Pattern.compile(".*/(certificates/[^/]+\\.pdf|badges/[^/]+\\.json)");

    private SecureHeaders() {
    }

    static void apply(HttpSecurity http, Set<String> frameHosts) throws Exception {
        // Spring Security's default, stated: the session id a visitor had before login is worthless after it.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> {
            // Vaadin answers page requests through a servlet forward, which completes the response
            // behind the filter's back: headers written at the end would be lost.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // Spring Security's "never cache", except on the public verify page, which says itself how
            // long a copy may be kept (written eagerly, these would stand beside its own Cache-Control)
            headers.cacheControl(cache -> cache.disable())
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            request -> !VERIFY.matcher(request.getRequestURI().substring(request.getContextPath().length()))
                                    .matches(), new CacheControlHeadersWriter()));
            headers.contentTypeOptions(nosniff -> { })
                    .frameOptions(frames -> frames.deny())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                    .addHeaderWriter(pagesOnly(new StaticHeadersWriter("Content-Security-Policy",
                            contentSecurityPolicy(frameHosts))));
        });
    }

    /**
     * The certificate PDF and badge JSON are no pages: a policy there only gets in the way of the
     * browser's PDF viewer. Decided on the address the visitor asked for, also when Vaadin's servlet
     * answers through a forward.
     */
    private static HeaderWriter pagesOnly(HeaderWriter writer) {
        return (request, response) -> {
            Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            String path = forwarded instanceof String uri ? uri : request.getRequestURI();
            if (!FILES.matcher(path).matches()) {
                writer.writeHeaders(request, response);
            }
        };
    }
}
