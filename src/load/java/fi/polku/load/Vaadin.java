package fi.polku.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What a browser does with Vaadin Flow's client protocol, as recorded from headless Chromium's
 * network log: the bootstrap page (HTML), then {@code /?v-r=init} with the route and browser
 * details, whose JSON carries the UI id and the security key; every server round trip is a JSON POST to {@code /?v-r=uidl&v-uiId=N} with that key as {@code csrfToken}, the
 * last {@code syncId} the server sent and a client message counter.
 *
 * <p>What the user does in a view travels the same way, as Chromium sends it (recorded through
 * chromedriver's performance log): a click is an {@code event} of type {@code click} on the button's
 * node with the mouse event's details; a text field or area left after typing sends an {@code mSync}
 * of its {@code value} property followed by its {@code change} event; choosing a radio button syncs
 * the button's {@code checked} and the group's {@code value} (the item's key) with their
 * {@code -changed} events. The node ids come from the server's answers: {@link #handles} reads every
 * {@code id} attribute the answer sets (the components concerned have a stable id in main code) and
 * keeps them in the session as {@code handles}, id → node, and "id/value" → node for the items of a
 * radio group. An invisible component is not sent, so a missing handle also says "not there".
 */
final class Vaadin {

    static final String UIDL = "/?v-r=uidl&v-uiId=#{uiId}";
    static final String JSON = "application/json; charset=UTF-8";

    private Vaadin() {
    }

    /** Browser details as Chromium sends them; Flow needs them to build the UI. */
    static final String INIT = "/?v-r=init&location=#{location}&query=&v-sh=900&v-sw=1440&v-wh=800&v-ww=1440"
            + "&v-bh=800&v-bw=1440&v-curdate=1795658646290&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC"
            + "&v-wn=v-0.5&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light%20dark&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    static CheckBuilder.Final uiId() {
        return regex("\"v-uiId\":(\\d+)").saveAs("uiId");
    }

    static CheckBuilder.Final securityKey() {
        return regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf");
    }

    /** The server's latest syncId, which the next message must echo. */
    static CheckBuilder.Final syncId() {
        return regex("\"syncId\":(\\d+)").saveAs("syncId");
    }

    /** The details Flow asks of a click (ClickEvent's @EventData), as a mouse click in Chromium gives them. */
    static final String CLICK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":412,\"event.clientY\":587,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":672,\"event.screenX\":412}";

    private static final ObjectMapper JSON_READER = new ObjectMapper();

    /** A fresh bootstrap starts a new UI: the server expects syncId 0 back and client message 0. */
    static Session fresh(Session session, String route) {
        return session.set("syncId", "0").set("clientId", 0)
                .set("location", java.net.URLEncoder.encode(route.substring(1), java.nio.charset.StandardCharsets.UTF_8));
    }

    static Session sent(Session session) {
        return session.set("clientId", session.getInt("clientId") + 1);
    }

    /** The ui-navigate event the router sends when the page loads or a link is followed. */
    static String navigate(Session session, String route) {
        return """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":%s,"clientId":%d}"""
                .formatted(session.getString("csrf"), route, session.getString("syncId"), session.getInt("clientId"));
    }

    /** A full page load of {@code route}: the HTML, Flow's init, then the router's round trip, which must show {@code expected}. */
    static ChainBuilder open(String name, String route, String expected) {
        return exec(session -> fresh(session, route))
                .exec(http(name + " page").get(route).check(status().is(200), substring("<div id=\"outlet\">")))
                .exec(http(name + " init").get(INIT).check(status().is(200), uiId(), securityKey(), syncId()))
                .exec(session -> session.set("beat", System.currentTimeMillis()))
                .exec(roundTrip(name, route, expected));
    }

    /**
     * What an open tab's Flow client sends once a minute whatever the learner does: without it the
     * server closes the UI after three missed heartbeats, however busy the tab is with round trips.
     */
    static ChainBuilder heartbeatIfDue() {
        return doIf(session -> System.currentTimeMillis() - session.getLong("beat") >= 60_000).then(
                exec(http("heartbeat").post("/?v-r=heartbeat&v-uiId=#{uiId}")
                        .header("Content-Type", "text/plain;charset=UTF-8").check(status().is(200)))
                        .exec(session -> session.set("beat", System.currentTimeMillis())));
    }

    /** Following a link inside the open UI: one ui-navigate round trip, whose answer must show {@code expected}. */
    static ChainBuilder roundTrip(String name, String route, String expected) {
        return roundTrip(name, session -> route, expected);
    }

    /** The same with the route taken from the session; {@code expected} may use Gatling's #{...} expressions. */
    static ChainBuilder roundTrip(String name, Function<Session, String> route, String expected,
                                  CheckBuilder... more) {
        return uidl(name, session -> navigate(session, route.apply(session)), true, with(more, substring(expected)));
    }

    /** A click on the button the view gave {@code handle} as its id; {@code checks} say what must follow. */
    static ChainBuilder click(String name, String handle, CheckBuilder... checks) {
        return uidl(name, session -> message(session, """
                {"type":"event","node":%d,"event":"click","data":%s}""".formatted(node(session, handle), CLICK)),
                false, checks);
    }

    /** Typing {@code value} into the text field or area {@code handle} and leaving it. */
    static ChainBuilder type(String name, String handle, Function<Session, String> value, CheckBuilder... checks) {
        return uidl(name, session -> {
            int node = node(session, handle);
            return message(session, """
                    {"type":"mSync","node":%d,"feature":1,"property":"value","value":%s},\
                    {"type":"event","node":%d,"event":"change","data":{}}""".formatted(node, quote(value.apply(session)),
                    node));
        }, false, checks);
    }

    /** Choosing the radio button whose item key is {@code key} in the radio group {@code handle}. */
    static ChainBuilder choose(String name, Function<Session, String> handle, Function<Session, String> key,
                               CheckBuilder... checks) {
        return uidl(name, session -> {
            String value = key.apply(session);
            int group = node(session, handle.apply(session));
            int button = node(session, handle.apply(session) + "/" + value);
            return message(session, """
                    {"type":"mSync","node":%d,"feature":1,"property":"checked","value":true},\
                    {"type":"event","node":%d,"event":"checked-changed","data":{}},\
                    {"type":"mSync","node":%d,"feature":1,"property":"value","value":%s},\
                    {"type":"event","node":%d,"event":"value-changed","data":{}}"""
                    .formatted(button, button, group, quote(value), group));
        }, false, checks);
    }

    /** Whether the last answers gave a component this id (so it is there and visible). */
    static boolean has(Session session, String handle) {
        return handles(session).containsKey(handle);
    }

    /**
     * One server round trip carrying {@code rpc}; its answer must be a normal one (no resync, no
     * error) and pass {@code checks}. The handles it names are kept: alone after a navigation (the
     * old view's nodes are gone), added to the earlier ones otherwise.
     */
    private static ChainBuilder uidl(String name, Function<Session, String> body, boolean navigation,
                                     CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(status().is(200), syncId(),
                // Flow answers a stale or forged message with a resync or an error, never silently
                substring("\"resynchronize\"").notExists(), substring("appError").notExists(),
                bodyString().transform(Vaadin::handles).saveAs("found")));
        all.addAll(List.of(checks));
        return exec(http(name).post(UIDL)
                .header("Content-Type", JSON)
                .body(StringBody(body::apply))
                .check(all.toArray(CheckBuilder[]::new)))
                .exec(session -> {
                    if (!session.contains("found")) {
                        return session;
                    }
                    Map<String, Integer> kept = new HashMap<>(navigation ? Map.of() : handles(session));
                    kept.putAll(session.<Map<String, Integer>>get("found"));
                    return sent(session.set("handles", kept).remove("found"));
                });
    }

    private static String message(Session session, String rpc) {
        return "{\"csrfToken\":\"%s\",\"rpc\":[%s],\"syncId\":%s,\"clientId\":%d}".formatted(
                session.getString("csrf"), rpc, session.getString("syncId"), session.getInt("clientId"));
    }

    private static Map<String, Integer> handles(Session session) {
        return session.contains("handles") ? session.get("handles") : Map.of();
    }

    private static int node(Session session, String handle) {
        Integer node = handles(session).get(handle);
        if (node == null) {
            // fails this request (Gatling counts it), rather than clicking at random
            throw new IllegalStateException("no component with id " + handle + " in the view");
        }
        return node;
    }

    /**
     * The handles an answer names: every node whose {@code id} attribute it sets, and for each such
     * node the children it attaches that have a {@code value} property, as "id/value" (radio buttons).
     */
    static Map<String, Integer> handles(String body) {
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, List<Integer>> children = new HashMap<>();
        Map<Integer, String> values = new HashMap<>();
        JsonNode changes;
        try {
            changes = JSON_READER.readTree(body).path("changes");
        } catch (java.io.IOException notJson) {
            return Map.of();
        }
        for (JsonNode c : changes) {
            int node = c.path("node").asInt();
            int feat = c.path("feat").asInt(-1);
            String type = c.path("type").asText();
            if (type.equals("put") && feat == 3 && c.path("key").asText().equals("id")) {
                ids.put(c.path("value").asText(), node);
            } else if (type.equals("put") && feat == 1 && c.path("key").asText().equals("value")
                    && c.path("value").isTextual()) {
                values.put(node, c.path("value").asText());
            } else if (type.equals("splice") && feat == 2 && c.has("addNodes")) {
                c.path("addNodes").forEach(n -> children.computeIfAbsent(node, k -> new ArrayList<>()).add(n.asInt()));
            }
        }
        Map<String, Integer> result = new HashMap<>(ids);
        ids.forEach((id, node) -> children.getOrDefault(node, List.of()).forEach(child -> {
            if (values.containsKey(child)) {
                result.put(id + "/" + values.get(child), child);
            }
        }));
        return result;
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append("\\u%04x".formatted((int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static CheckBuilder[] with(CheckBuilder[] more, CheckBuilder first) {
        List<CheckBuilder> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(CheckBuilder[]::new);
    }

    /**
     * Signing in through the login form as {@code #{email}}: the page with its CSRF token, then the
     * form POST, which must redirect anywhere but {@code ?error}; then the home view, whose answer
     * must show {@code home}. A learner whose page failed stops there rather than count as a ghost.
     */
    static ChainBuilder signIn(String home) {
        return exec(http("login page").get("/login")
                        .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("loginCsrf")))
                .exec(http("login").post("/login").disableFollowRedirect()
                        .formParam("username", "#{email}").formParam("password", Target.text("password"))
                        .formParam("_csrf", "#{loginCsrf}")
                        .check(status().is(302), header("Location")
                                .transform(l -> !l.contains("error")).is(true)))
                .exitHereIfFailed()
                .exec(open("home", "/", home))
                .exitHereIfFailed();
    }
}
