package fi.polku.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Idle learners, for measuring what a logged-in session costs the server (bench/memory.sh): each
 * learner logs in, opens the home view and the course, then leaves the tab open, doing nothing but
 * what an idle browser tab does — a Vaadin heartbeat every minute. At the end each opens one lesson,
 * which proves its session and UI were still alive and served. Learners {@code first} …
 * {@code first + users - 1} of the seed, so two runs side by side log in different people.
 */
public class SessionsSimulation extends Simulation {

    private final AtomicInteger next = new AtomicInteger(Target.integer("first", 0));
    private final HttpProtocolBuilder protocol = http.baseUrl(Target.url())
            .acceptLanguageHeader("fi")
            .userAgentHeader("Polku load test (Gatling)")
            .disableCaching();

    private final ScenarioBuilder idle = scenario("idle learner")
            .exec(session -> session.set("email", "peer%06d@bench.polku.local".formatted(next.getAndIncrement())))
            .exec(Vaadin.signIn("Omat kurssit"))
            .exec(Vaadin.roundTrip("course", "/courses/innovative-teachers", "Innovatiiviset opettajat"))
            .exitHereIfFailed()
            .exec(during(Duration.ofSeconds(Target.integer("stay", 600))).on(
                    pause(Duration.ofSeconds(50), Duration.ofSeconds(70)),
                    // what Flow's client sends while a tab is open: keeps the UI, not the session, alive
                    exec(http("heartbeat").post("/?v-r=heartbeat&v-uiId=#{uiId}")
                            .header("Content-Type", "text/plain;charset=UTF-8").check(status().is(200))),
                    exitHereIfFailed()))
            .exec(Vaadin.roundTrip("lesson at the end", "/courses/innovative-teachers/welcome", "Tervetuloa kurssille"));

    {
        int users = Target.integer("users", 1000);
        int ramp = Target.integer("ramp", 120);
        setUp(idle.injectOpen(rampUsers(users).during(Duration.ofSeconds(ramp))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(ramp + Target.integer("stay", 600) + 180L))
                .assertions(global().failedRequests().count().is(0L));
    }
}
