package fi.polku.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * Anonymous visitors checking a certificate: the /verify/{code} page, Flow's init request, then the
 * router's first round trip, in which the view looks the code up and answers with the result. The
 * static bundle is left out, as a returning browser has it cached. Open model: a constant
 * arrival rate for a bounded time. Properties: url, code, rate (visits a second), seconds.
 */
public class VerifySimulation extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(Target.url())
            .acceptLanguageHeader("en")
            .userAgentHeader("Polku load test (Gatling)")
            .disableCaching();

    private final ScenarioBuilder visitor = scenario("verify")
            .exec(Vaadin.open("verify", "/verify/" + Target.text("code"), "This certificate is valid"));

    {
        int rate = Target.integer("rate", 200);
        int seconds = Target.integer("seconds", 30);
        setUp(visitor.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(seconds + 60L))
                // the targets of docs/BENCHMARKS.md; Gatling prints each with the figure it measured
                .assertions(global().failedRequests().count().is(0L),
                        details("verify").responseTime().percentile(95.0).lte(10),
                        details("verify page").responseTime().percentile(95.0).lte(10));
    }
}
