package fi.polku.load;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;

import static io.gatling.javaapi.core.CoreDsl.regex;

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
}
