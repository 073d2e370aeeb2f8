package fi.polku.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Anonymous visitors checking a certificate: one GET of /verify/{code}, a server-rendered page
 * that must name the holder and the course, say the certificate is valid and open no session. The
 * stylesheet is left out, as a returning browser has it cached. Open model: a constant arrival rate
 * for a bounded time. Properties: url, code, rate (visits a second), seconds.
 */
public class VerifySimulation extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(Target.url())
            .acceptLanguageHeader("en")
            .userAgentHeader("Polku load test (Gatling)")
            .disableCaching();

    private final ScenarioBuilder visitor = scenario("verify")
            .exec(http("verify page").get("/verify/" + Target.text("code")).check(
                    status().is(200),
                    substring("This certificate is valid"),
                    regex("<dt class=\"fact-label\">Name</dt><dd>[^<]+</dd>").exists(),
                    regex("<dt class=\"fact-label\">Course</dt><dd>[^<]+</dd>").exists(),
                    header("Set-Cookie").notExists()));

    {
        int rate = Target.integer("rate", 200);
        int seconds = Target.integer("seconds", 30);
        setUp(visitor.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(seconds + 60L))
                // the targets of docs/BENCHMARKS.md; Gatling prints each with the figure it measured
                .assertions(global().failedRequests().count().is(0L),
                        details("verify page").responseTime().percentile(95.0).lte(10));
    }
}
