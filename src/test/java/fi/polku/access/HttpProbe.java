package fi.polku.access;

import fi.polku.access.AccessMatrix.Outcome;
import fi.polku.access.AccessTargets.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Requests an endpoint through the whole security filter chain, in a signed-in session of each user. */
final class HttpProbe {

    private final MockMvc mvc;
    private final java.util.Map<AccessMatrix.Viewpoint, MockHttpSession> sessions = new java.util.EnumMap<>(AccessMatrix.Viewpoint.class);

    HttpProbe(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** Each path in turn; the answer is the most open one seen (the enum lists outcomes from open to shut). */
    ViewProbe.Seen requestEach(java.util.List<String> paths, @Nullable MockHttpSession who) throws Exception {
        ViewProbe.Seen widest = null;
        for (String path : paths) {
            ViewProbe.Seen seen = request(new Target(path, null, path), who);
            seen = new ViewProbe.Seen(seen.outcome(), path + " " + seen.detail(), seen.leaked());
            if (widest == null || seen.outcome().ordinal() < widest.outcome().ordinal()) {
                widest = seen;
            }
        }
        return java.util.Objects.requireNonNull(widest);
    }

    /** Signs in through the login form, as a browser does, and keeps the session it was given. */
    @Nullable
    MockHttpSession session(AccessMatrix.Viewpoint viewpoint) throws Exception {
        if (viewpoint == AccessMatrix.Viewpoint.ANONYMOUS) {
            return null;
        }
        return sessions.computeIfAbsent(viewpoint, v -> {
            try {
                MvcResult login = mvc.perform(formLogin("/login").user(AccessFixtures.email(v))
                        .password(AccessFixtures.password(v))).andReturn();
                if (login.getResponse().getStatus() != 302 || login.getResponse().getHeader("Location").contains("error")) {
                    throw new IllegalStateException("Could not sign in as " + v + ": " + login.getResponse().getStatus());
                }
                return (MockHttpSession) login.getRequest().getSession(false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    ViewProbe.Seen request(Target target, @Nullable MockHttpSession session) throws Exception {
        var request = get(target.path());
        MvcResult result = mvc.perform(session == null ? request : request.session(session)).andReturn();
        int status = result.getResponse().getStatus();
        // binary bodies too: ISO-8859-1 maps every byte to one char; UTF-8 pages are read as such (names with ä)
        String type = String.valueOf(result.getResponse().getContentType()).toLowerCase(java.util.Locale.ROOT);
        String body = new String(result.getResponse().getContentAsByteArray(),
                type.contains("charset=utf-8") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        boolean marked = target.marker() == null ? status == 200 && body.length() > 0 : body.contains(target.marker());
        String location = result.getResponse().getHeader("Location");
        String detail = status + (location == null ? "" : " → " + location);
        if (status == 200) {
            return new ViewProbe.Seen(marked ? Outcome.OK : Outcome.REFUSED, detail, false);
        }
        if ((status == 302 && location != null && location.endsWith("/login")) || status == 401) {
            return new ViewProbe.Seen(Outcome.LOGIN, detail, marked);
        }
        return new ViewProbe.Seen(Outcome.DENIED, detail, marked);
    }
}
