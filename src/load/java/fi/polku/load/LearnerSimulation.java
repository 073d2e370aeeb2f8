package fi.polku.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Learners of the seed (bench/seed.sh): log in through the login form with its CSRF token, load the
 * home view, follow the link to the course, then keep opening lessons, each through the router's
 * server round trip, with 2–5 s of reading between clicks. Closed model: {@code users} learners
 * arrive over {@code ramp} seconds and each stays {@code stay} seconds, so all are on at once for a while.
 * The seeded learners use Finnish, so the checks look for the Finnish titles.
 */
public class LearnerSimulation extends Simulation {

    private static final String COURSE = "/courses/innovative-teachers";
    private static final List<String[]> LESSONS = List.of(
            new String[] {"welcome", "Tervetuloa kurssille"},
            new String[] {"innovation-education", "Innovaatiokasvatus Suomessa"},
            new String[] {"development-plan", "Henkil"},
            new String[] {"personal-development-methods", "Menetelmi"});

    private final AtomicInteger next = new AtomicInteger();
    private final HttpProtocolBuilder protocol = http.baseUrl(Target.url())
            .acceptLanguageHeader("fi")
            .userAgentHeader("Polku load test (Gatling)")
            .disableCaching();

    private final ScenarioBuilder learner = scenario("learner")
            .exec(session -> session.set("email", "peer%06d@bench.polku.local".formatted(next.getAndIncrement()))
                    .set("lesson", 0))
            .exec(http("login page").get("/login")
                    .check(status().is(200), regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("loginCsrf")))
            .exec(http("login").post("/login").disableFollowRedirect()
                    .formParam("username", "#{email}").formParam("password", Target.text("password"))
                    .formParam("_csrf", "#{loginCsrf}")
                    .check(status().is(302), header("Location").transform(l -> !l.contains("error")).is(true)))
            // a learner whose page failed sees an error, not the next page: stop them rather than count ghosts
            .exitHereIfFailed()
            .exec(Vaadin.open("home", "/", "Omat kurssit"))
            .exitHereIfFailed()
            .exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)))
            .exec(Vaadin.roundTrip("course", COURSE, "Innovatiiviset opettajat"))
            .exec(during(Duration.ofSeconds(Target.integer("stay", 120))).on(
                    pause(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                    exec(session -> session.set("route", COURSE + "/" + lesson(session)[0])
                            .set("expected", lesson(session)[1]).set("lesson", session.getInt("lesson") + 1)),
                    Vaadin.roundTrip("lesson", session -> session.getString("route"), "#{expected}"),
                    exitHereIfFailed()));

    private static String[] lesson(io.gatling.javaapi.core.Session session) {
        return LESSONS.get(session.getInt("lesson") % LESSONS.size());
    }

    {
        int users = Target.integer("users", 500);
        int ramp = Target.integer("ramp", 60);
        setUp(learner.injectOpen(rampUsers(users).during(Duration.ofSeconds(ramp))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(ramp + Target.integer("stay", 120) + 120L))
                // the targets of docs/BENCHMARKS.md; Gatling prints each with the figure it measured
                .assertions(global().failedRequests().count().is(0L),
                        details("lesson").responseTime().percentile(95.0).lte(50),
                        details("lesson").failedRequests().count().is(0L));
    }
}
