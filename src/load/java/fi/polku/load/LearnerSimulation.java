package fi.polku.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Learners of the seed (bench/seed.sh): log in through the login form with its CSRF token, load the
 * home view, follow the link to the course, then for {@code stay} seconds do what learners do, with
 * 2–5 s of reading or typing before every click:
 * <ul>
 * <li>most often (70 %) open the next reading lesson and, when it is not done yet, read it and mark it
 *     done (the answer must show "✓ Tehty");</li>
 * <li>now and then (10 %) open the development plan, rewrite two of its fields and save a new version
 *     (the answer must list the next version number);</li>
 * <li>now and then (8 %), once a visit, ask for a peer's report to review, choose a level for each of
 *     the four criteria, write what works and an idea, and send it (the answer, back on the assignment,
 *     must count one review more);</li>
 * <li>now and then (6 %) look at the course overview, and (6 %) at their certificates, downloading
 *     the PDF when they hold one (every {@code LoadSeed.COMPLETED_EVERY}th learner does): status 200,
 *     {@code application/pdf}, a body starting with {@code %PDF}.</li>
 * </ul>
 * Each request is one of Flow's real round trips (see {@link Vaadin}); the node ids of buttons and
 * fields come from the answers. Closed model: {@code users} learners arrive over {@code ramp} seconds
 * and each stays {@code stay} seconds, so all are on at once for a while. The seeded learners use
 * Finnish, so the checks look for the Finnish texts.
 */
public class LearnerSimulation extends Simulation {

    private static final String COURSE = "/courses/innovative-teachers";
    /** The reading lessons (each has "Merkitse tehdyksi"), in course order, with their Finnish titles. */
    private static final List<String[]> LESSONS = List.of(
            new String[] {"welcome", "Tervetuloa kurssille"},
            new String[] {"innovation-education", "Innovaatiokasvatus Suomessa"},
            new String[] {"choosing-theme", "Kehittämisteeman valinta"},
            new String[] {"personal-development-methods", "Menetelmiä oman ammatillisen kehittymisen tueksi"},
            new String[] {"work-community-codevelopment", "Kehittyminen yhdessä työyhteisönä"},
            new String[] {"digital-tools", "Digitaaliset työkalut ja yhteiskehittäminen"},
            new String[] {"digitally-innovative-school", "Digitaalisesti innovatiivinen koulu"},
            new String[] {"research-basis", "Kehittäminen tutkimus- ja kehittämistiedon pohjalta"},
            new String[] {"planning-project", "Kehittämishankkeen suunnittelu"},
            new String[] {"carrying-out-project", "Kehittämishankkeen toteuttaminen"},
            new String[] {"documenting-project", "Kehittämishankkeen dokumentointi"},
            new String[] {"peer-feedback", "Vertaispalautteen antaminen ja vastaanottaminen"});
    private static final List<String> CRITERIA = List.of("goal", "pupils", "evidence", "sharing");

    private final AtomicInteger next = new AtomicInteger();
    private final HttpProtocolBuilder protocol = http.baseUrl(Target.url())
            .acceptLanguageHeader("fi")
            .userAgentHeader("Polku load test (Gatling)")
            .disableCaching();

    /** A few seconds' reading or typing; the tab's heartbeat goes on meanwhile. */
    private static ChainBuilder think() {
        return exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5))).exec(Vaadin.heartbeatIfDue());
    }

    /** The next reading lesson; read it, and mark it done unless it is (the button shows only then). */
    private static final ChainBuilder LESSON = exec(session -> {
        String[] lesson = LESSONS.get(session.getInt("lesson") % LESSONS.size());
        return session.set("route", COURSE + "/" + lesson[0]).set("expected", lesson[1])
                .set("lesson", session.getInt("lesson") + 1);
    })
            .exec(Vaadin.roundTrip("lesson", session -> session.getString("route"), "#{expected}"))
            .doIf(session -> Vaadin.has(session, "mark-done")).then(
                    think(),
                    Vaadin.click("mark done", "mark-done", substring("✓ Tehty")));

    /** The development plan: rewrite two fields, save; the answer must list the next version. */
    private static final ChainBuilder PLAN = exec(Vaadin.roundTrip("plan", session -> COURSE + "/development-plan",
            "Henkilökohtainen kehittämissuunnitelmani",
            regex("Versio (\\d+), ").findAll()
                    .transform(v -> v.stream().mapToInt(Integer::parseInt).max().orElse(0) + 1)
                    .saveAs("nextVersion")))
            .exec(think())
            .exec(Vaadin.type("plan field", "plan-goal", session -> "Oppilaat suunnittelevat itse viikon "
                    + "tiedehaasteen; kokeilen sitä syksyllä kahdessa ryhmässä (versio " + session.getInt("nextVersion")
                    + ", ääkköset säilyvät)."))
            .exec(think())
            .exec(Vaadin.type("plan field", "plan-actions", session -> "Kokeilen, suunnittelen, kuvaan, kysyn ja jaan: "
                    + "yksi pieni askel viikossa (" + session.getString("email") + ")."))
            .exec(think())
            .exec(Vaadin.click("plan save", "plan-save", substring("Versio #{nextVersion}, ")));

    /**
     * A peer review: ask for a report (Flow navigates to the review view), a level per criterion,
     * two texts, send; Flow navigates back to the assignment, which must count one review more.
     */
    private static final ChainBuilder REVIEW = exec(Vaadin.roundTrip("assignment",
            session -> COURSE + "/project-report", "Hankeraportti",
            regex("Olet antanut (\\d+)/").transform(given -> Integer.parseInt(given) + 1).saveAs("givenAfter")))
            .exec(think())
            // the review view opens, or the app says no report waits for review right now (an answer, not an error)
            .exec(session -> session.remove("offered"))
            .exec(Vaadin.click("review request", "review-peer",
                    regex("(\"review-send\"|Yksikään raportti ei juuri nyt odota arviointia)").saveAs("offered")))
            .doIf(session -> session.contains("offered") && session.getString("offered").startsWith("\"")).then(exec(think())
            .foreach(CRITERIA, "criterion").on(
                    // the radio buttons' item keys are the levels 1–4, in the order the view adds them
                    Vaadin.choose("review level", session -> "review-level-" + session.getString("criterion"),
                            session -> String.valueOf(ThreadLocalRandom.current().nextInt(1, 5))),
                    think())
            .exec(Vaadin.type("review text", "review-what-works", session -> "Tavoite kasvaa luokan todellisesta "
                    + "tarpeesta, ja oppilaiden omat kysymykset ohjaavat työtä."))
            .exec(think())
            .exec(Vaadin.type("review text", "review-idea", session -> "Kokeile lyhyttä oppilaiden itsearviointia "
                    + "ennen ja jälkeen, niin muutos näkyy heidän sanoissaan."))
            .exec(think())
            .exec(Vaadin.click("review send", "review-send", substring("Olet antanut #{givenAfter}/")))
            .exec(session -> session.set("reviewed", true)));

    /** Their certificates; the PDF when they hold one. */
    private static final ChainBuilder CERTIFICATES = exec(session -> session.remove("certificate"))
            .exec(Vaadin.roundTrip("certificates", session -> "certificates", "Todistukseni",
                    regex("\"value\":\"certificates/([0-9A-Z-]+)\\.pdf\"").optional().saveAs("certificate")))
            .doIf(session -> session.contains("certificate")).then(
                    think(),
                    exec(http("certificate pdf").get("/certificates/#{certificate}.pdf")
                            .check(status().is(200), header("Content-Type").is("application/pdf"),
                                    bodyBytes().transform(LearnerSimulation::isPdf).is(true))));

    private final ScenarioBuilder learner = scenario("learner")
            .exec(session -> session.set("email", "peer%06d@bench.polku.local".formatted(next.getAndIncrement()))
                    .set("lesson", ThreadLocalRandom.current().nextInt(LESSONS.size())).set("reviewed", false))
            .exec(Vaadin.signIn("Omat kurssit"))
            .exec(think())
            .exec(Vaadin.roundTrip("course", COURSE, "Innovatiiviset opettajat"))
            // a learner finishes what they started (a review half sent would stay held) before leaving
            .exec(during(Duration.ofSeconds(Target.integer("stay", 120)), false).on(
                    think(),
                    randomSwitch().on(
                            percent(70.0).then(LESSON),
                            percent(10.0).then(PLAN),
                            // one review a visit: a learner who has sent one goes on reading
                            percent(8.0).then(doIfOrElse(session -> session.getBoolean("reviewed"))
                                    .then(LESSON).orElse(REVIEW)),
                            percent(6.0).then(Vaadin.roundTrip("course", COURSE, "Innovatiiviset opettajat")),
                            percent(6.0).then(CERTIFICATES)),
                    exitHereIfFailed()));

    private static boolean isPdf(byte[] body) {
        return body.length > 5 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F';
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
                        details("lesson").failedRequests().count().is(0L),
                        details("mark done").failedRequests().count().is(0L),
                        details("plan save").failedRequests().count().is(0L),
                        details("review send").failedRequests().count().is(0L),
                        details("certificate pdf").failedRequests().count().is(0L));
    }
}
