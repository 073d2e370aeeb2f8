package fi.polku.access;

import org.jspecify.annotations.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fi.polku.access.AccessFixtures.COURSE;

/**
 * For each row of the matrix, what to open and what proves that its content was shown: the
 * {@code marker} is text only the allowed see (null where the page holds nothing private).
 */
final class AccessTargets {

    /** {@code landsOn}: the route template whose view shows the content (a forward may lead there). */
    record Target(String path, @Nullable String marker, String landsOn) {
    }

    /** Endpoints that exist in Spring Boot Actuator but are not exposed here; one row covers them all. */
    static final List<String> UNEXPOSED_ACTUATOR = List.of("beans", "caches", "conditions", "configprops", "env",
            "flyway", "heapdump", "info", "loggers", "mappings", "metrics", "modulith", "sbom", "scheduledtasks",
            "shutdown", "threaddump");

    private final Map<String, Target> targets = new HashMap<>();

    AccessTargets(AccessFixtures f) {
        // a made-up token: the page opens for anybody and says the link does not work
        view("reset-password/:___url_parameter", "reset-password/not-a-real-token", null);
        view("gallery/shared/:token", "gallery/shared/" + f.shareToken, AccessFixtures.LINK_ENTRY);
        view("self-assessment/answer/:token", "self-assessment/answer/" + f.answerToken, AccessFixtures.SCHOOL);
        view("courses/:courseId", "courses/" + COURSE, null);
        view("courses/:courseId/:lessonId", "courses/" + COURSE + "/welcome", null);
        targets.put("view gallery", new Target("gallery", AccessFixtures.COHORT_ENTRY, "gallery/:courseId"));
        view("certificates/desk", "certificates/desk", f.learnerName);
        view("cohorts", "cohorts", f.cohortName);
        view("moderation", "moderation", AccessFixtures.SUBMISSION_TITLE);
        view("discussions/reports", "discussions/reports", AccessFixtures.REPORT_REASON);
        view("gallery/:courseId", "gallery/" + COURSE, AccessFixtures.COHORT_ENTRY);
        view("gallery/entry/:id", "gallery/entry/" + f.cohortEntry, AccessFixtures.COHORT_ENTRY);
        view("cohorts/:cohortId", "cohorts/" + f.cohort, f.learnerName);
        view("reviews/:reviewId", "reviews/" + f.review, AccessFixtures.SUBMISSION_TITLE);
        view("kits/:kitId([0-9a-fA-F-]{36})", "kits/" + f.kit.value(), f.kitName);
        view("kits/edit/:kitId?([0-9a-fA-F-]{36})", "kits/edit/" + f.kit.value(), null);
        view("self-assessment/results/:roundId", "self-assessment/results/" + f.round, AccessFixtures.SCHOOL);

        http("/verify/{code}", "/verify/" + f.certificateCode, f.learnerName);
        http("/certificates/{code}.pdf", "/certificates/" + f.certificateCode + ".pdf", "%PDF");
        http("/badges/{code}.json", "/badges/" + f.certificateCode + ".json", f.certificateCode);
        http("/course-files/{courseId}/**", "/course-files/" + COURSE + "/01-path/images/three-parts.svg", "<svg");
        http("/kit-photos/{kitId}", "/kit-photos/" + f.kit.value(), "PNG");
        http("/calendar/{courseId}.ics", "/calendar/" + COURSE + ".ics", "BEGIN:VCALENDAR");
        http("/actuator/health", "/actuator/health", "UP");
        http("/actuator", "/actuator", "/actuator/health");
    }

    private void view(String template, String path, @Nullable String marker) {
        targets.put("view " + template, new Target(path, marker, template));
    }

    private void http(String pattern, String path, String marker) {
        targets.put("GET " + pattern, new Target(path, marker, pattern));
    }

    /** A route without parameters opens as itself and holds nothing private. */
    Target of(AccessMatrix.Row row) {
        Target target = targets.get(row.name());
        if (target != null) {
            return target;
        }
        if (row.key().contains(":") || row.key().contains("{")) {
            throw new AssertionError(row.name() + " has parameters: give it a URL (and a marker) in AccessTargets");
        }
        return new Target(row.key(), null, row.key());
    }
}
