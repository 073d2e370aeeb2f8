package fi.polku.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What a browser does with Vaadin Flow's client protocol, as recorded from headless Chromium's
 * network log: the bootstrap page (HTML), then {@code /?v-r=init} with the route and browser
 * details, whose JSON carries the UI id and the security key; every server round trip is a JSON POST to {@code /?v-r=uidl&v-uiId=N} with that key as {@code csrfToken}, the
 * last {@code syncId} the server sent and a client message counter.
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
                .exec(roundTrip(name, route, expected));
    }

    /** Following a link inside the open UI: one ui-navigate round trip, whose answer must show {@code expected}. */
    static ChainBuilder roundTrip(String name, String route, String expected) {
        return roundTrip(name, session -> route, expected);
    }

    /** The same with the route taken from the session; {@code expected} may use Gatling's #{...} expressions. */
    static ChainBuilder roundTrip(String name, Function<Session, String> route, String expected) {
        return exec(http(name).post(UIDL)
                .header("Content-Type", JSON)
                .body(StringBody(session -> navigate(session, route.apply(session))))
                .check(status().is(200), substring(expected), syncId(),
                        // Flow answers a stale or forged message with a resync or an error, never silently
                        substring("\"resynchronize\"").notExists(), substring("appError").notExists()))
                .exec(Vaadin::sent);
    }
}
