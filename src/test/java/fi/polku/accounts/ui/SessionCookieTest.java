package fi.polku.accounts.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie and security headers as a real browser gets them from the embedded server, with
 * Polku behind an HTTPS proxy as docs/DEPLOYMENT.md describes ({@code server.forward-headers-strategy}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SessionCookieTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
    }

    @Test
    void marksTheSessionCookieHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() throws Exception {
        String cookie = sessionCookie(get("/"));

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
    }

    @Test
    void marksTheSessionCookieSecureWhenTheProxySaysTheVisitorCameOverHttps() throws Exception {
        String cookie = sessionCookie(get("/", "X-Forwarded-Proto", "https"));

        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void sendsTheSecurityHeadersWithThePages() throws Exception {
        var login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecureHeaders.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).hasValue(SecureHeaders.PERMISSIONS_POLICY);
        assertThat(SecureHeaders.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("*", "http:", "https:");
    }

    @Test
    void letsLessonsFrameOnlyTheVideoHostsTheAdminAllowed() {
        assertThat(SecureHeaders.contentSecurityPolicy(java.util.Set.of("www.youtube-nocookie.com", "player.vimeo.com")))
                .contains("frame-src 'self' https://player.vimeo.com https://www.youtube-nocookie.com;")
                .contains("frame-ancestors 'none'");
        assertThat(SecureHeaders.CONTENT_SECURITY_POLICY).contains("frame-src 'self';");
    }
}
