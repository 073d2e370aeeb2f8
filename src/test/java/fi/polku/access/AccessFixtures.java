package fi.polku.access;

import fi.polku.access.AccessMatrix.Viewpoint;
import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.accounts.Role;
import fi.polku.certificates.Certificates;
import fi.polku.community.Gallery;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.NewCohort;
import fi.polku.learning.Plans;
import fi.polku.peerreview.PeerReviews;
import fi.polku.schools.KitId;
import fi.polku.schools.Kits;
import fi.polku.schools.SelfAssessments;
import fi.polku.settings.Settings;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Real data behind every parameterised route, made through the modules' public services: the demo
 * cohort (Kaisa facilitates; Aino and Oskar learn) and a second cohort of the same course (Fredrik
 * facilitates, Liisa learns). The private things all belong to the demo cohort.
 */
final class AccessFixtures {

    static final String COURSE = "innovative-teachers";
    static final String OTHER_FACILITATOR = "fredrik@polku.local";
    static final String OTHER_LEARNER = "liisa@polku.local";
    static final String SUBMISSION_TITLE = "Robotit alakoulussa – Oskarin raportti";
    static final String ATTACHMENT_TEXT = "OSKARIN-LIITE";
    static final String COHORT_ENTRY = "Kun robotti ei liikkunut – Ainon kokeilu";
    static final String LINK_ENTRY = "Linkillä jaettu kokeilu";
    static final String SCHOOL = "Östersundomin matriisikoulu";
    static final String REPORT_REASON = "Viesti loukkaa – ilmoitus matriisista";

    final CohortId cohort;
    final String cohortName;
    final String certificateCode;
    final String learnerName;
    final UUID review;
    final UUID attachment;
    final UUID cohortEntry;
    final String shareToken;
    final UUID round;
    final String answerToken;
    final KitId kit;
    final String kitName;

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;

    private static final Map<ApplicationContext, AccessFixtures> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    static AccessFixtures in(ApplicationContext context) {
        return MADE.computeIfAbsent(context, AccessFixtures::new);
    }

    private AccessFixtures(ApplicationContext c) {
        users = c.getBean(UserDetailsService.class);
        security = c.getBean(SecurityContextHolderStrategy.class);
        Accounts accounts = c.getBean(Accounts.class);
        Cohorts cohorts = c.getBean(Cohorts.class);
        PeerReviews peerReviews = c.getBean(PeerReviews.class);
        Gallery gallery = c.getBean(Gallery.class);
        SelfAssessments selfAssessments = c.getBean(SelfAssessments.class);
        Kits kits = c.getBean(Kits.class);

        as(Viewpoint.ANONYMOUS);
        accounts.register(new Registration("Fredrik Fält", OTHER_FACILITATOR, "fredrik-salasana-1", Locale.ENGLISH));
        accounts.register(new Registration("Liisa Lahtinen", OTHER_LEARNER, "liisa-salasana-1", Locale.ENGLISH));
        as(Viewpoint.ADMIN);
        var fredrik = accounts.findByEmail(OTHER_FACILITATOR).orElseThrow().id();
        accounts.grant(fredrik, Role.FACILITATOR);
        accounts.revoke(fredrik, Role.LEARNER);
        kit = kits.catalogue().getFirst().id();
        kits.storePhoto(kit, new ByteArrayInputStream(png(400, 300)));
        kitName = kits.kit(kit).orElseThrow().name();
        c.getBean(Settings.class).storeLogo(new ByteArrayInputStream(png(90, 30)));

        as(Viewpoint.OTHER_FACILITATOR);
        LocalDate today = LocalDate.now();
        CohortId other = cohorts.create(new NewCohort(COURSE, "Toinen ryhmä", today.minusDays(3), today.plusMonths(3),
                null, 30)).id();
        cohorts.enrolByHand(other, "Liisa Lahtinen", OTHER_LEARNER);

        as(Viewpoint.FACILITATOR);
        var demo = cohorts.mine().stream().filter(s -> s.name().startsWith("Demo")).findFirst().orElseThrow();
        cohort = demo.id();
        cohortName = demo.name();

        // Oskar's report, with an attachment, reviewed by Aino: only the demo cohort takes part
        security.setContext(context("oskar@polku.local"));
        peerReviews.saveDraft(COURSE, "project-report", SUBMISSION_TITLE, "Oppilaat rakensivat robotteja.");
        byte[] pdf = ("%PDF-1.4\n% " + ATTACHMENT_TEXT + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        attachment = peerReviews.attach(COURSE, "project-report", "liite.pdf", pdf.length, new ByteArrayInputStream(pdf)).id();
        peerReviews.submit(COURSE, "project-report");

        as(Viewpoint.LEARNER);
        var discussions = c.getBean(fi.polku.community.Discussions.class);
        UUID post = discussions.startThread(COURSE, "welcome", cohort, "Hei kaikki, mitä kokeilette?").id();
        security.setContext(context("oskar@polku.local"));
        discussions.report(post, REPORT_REASON);

        as(Viewpoint.LEARNER);
        learnerName = accounts.findByEmail("aino@polku.local").orElseThrow().displayName();
        peerReviews.saveDraft(COURSE, "project-report", "Ainon raportti", "Kokeilimme ohjelmointia.");
        peerReviews.submit(COURSE, "project-report");
        review = peerReviews.requestReview(COURSE, "project-report").orElseThrow();
        certificateCode = c.getBean(Certificates.class).mine().getFirst().code();
        cohortEntry = gallery.publishStory(COURSE, new Gallery.Form(COHORT_ENTRY, "Pienet kokeilut auttavat.",
                Map.of(Gallery.TagCategory.SUBJECT, Set.of("matematiikka")), Gallery.Visibility.COHORT));
        UUID linked = gallery.publishStory(COURSE, new Gallery.Form(LINK_ENTRY, "Jaettu kaikille linkillä.",
                Map.of(Gallery.TagCategory.SUBJECT, Set.of("musiikki")), Gallery.Visibility.PUBLIC_LINK));
        shareToken = gallery.entry(linked).shareToken();
        selfAssessments.changeMySchool(SCHOOL);
        round = selfAssessments.start(COURSE, "school-self-assessment").id();
        String link = selfAssessments.invite(round, "Åsa", null).link();
        answerToken = link.substring(link.lastIndexOf('/') + 1);
        c.getBean(Plans.class).save(COURSE, "development-plan", Map.of("goal", "Oppilaat koodaavat."));
        as(Viewpoint.ANONYMOUS);
    }

    /** Acts as the viewpoint's person in this application context (and in the static holder Vaadin reads). */
    void as(Viewpoint viewpoint) {
        var context = viewpoint == Viewpoint.ANONYMOUS ? anonymous() : context(email(viewpoint));
        security.setContext(context);
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
    }

    static String email(Viewpoint viewpoint) {
        return switch (viewpoint) {
            case LEARNER -> "aino@polku.local";
            case OTHER_LEARNER -> OTHER_LEARNER;
            case FACILITATOR -> "kaisa@polku.local";
            case OTHER_FACILITATOR -> OTHER_FACILITATOR;
            case ADMIN -> "admin@polku.local";
            case ANONYMOUS -> throw new IllegalArgumentException("anonymous has no email");
        };
    }

    /** For signing in through the login form: demo users have the demo password, the admin the test one. */
    static String password(Viewpoint viewpoint) {
        return switch (viewpoint) {
            case OTHER_FACILITATOR -> "fredrik-salasana-1";
            case OTHER_LEARNER -> "liisa-salasana-1";
            case ADMIN -> "admin-test-password";
            default -> "polku-demo-1";
        };
    }

    private org.springframework.security.core.context.SecurityContext context(String email) {
        UserDetails user = users.loadUserByUsername(email);
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }

    private org.springframework.security.core.context.SecurityContext anonymous() {
        var context = security.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("access-matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        return context;
    }

    static byte[] png(int width, int height) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
