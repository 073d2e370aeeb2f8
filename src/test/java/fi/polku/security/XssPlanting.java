package fi.polku.security;

import fi.polku.accounts.Accounts;
import fi.polku.accounts.Registration;
import fi.polku.accounts.Role;
import fi.polku.accounts.UserAccount;
import fi.polku.certificates.Certificates;
import fi.polku.community.Discussions;
import fi.polku.community.Gallery;
import fi.polku.learning.CohortId;
import fi.polku.learning.Cohorts;
import fi.polku.learning.Learning;
import fi.polku.learning.NewCohort;
import fi.polku.learning.Plans;
import fi.polku.support.SignIn;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts the corpus in through the modules' public services, each call as the user who would make
 * it: learners with payload names, a facilitator, the admin. What it leaves behind (ids, codes,
 * tokens) is what the browser part opens.
 */
final class XssPlanting {

    static final String COURSE = "innovative-teachers";
    static final String PASSWORD = "xss-corpus-2026";
    static final String VIEWER = "vilja.katsoja@xss.test";
    static final String VIEWER_NAME = "Vilja Katsoja";
    static final String FACILITATOR = "fanni.ohjaaja@xss.test";

    record Services(Accounts accounts, Cohorts cohorts, Learning learning, Discussions discussions, Gallery gallery,
                    Plans plans, Certificates certificates, UserDetailsService users,
                    SecurityContextHolderStrategy security) {
    }

    private final Services s;
    final XssSeed seed;
    final List<UserAccount> authors = new ArrayList<>();
    final List<XssSeed.Piece> names = new ArrayList<>();
    CohortId cohort;
    UUID story;
    String storyToken;
    final List<String> certificateCodes = new ArrayList<>();

    XssPlanting(Services services, XssSeed seed) {
        this.s = services;
        this.seed = seed;
    }

    void as(String email) {
        SignIn.as(s.users(), s.security(), email);
    }

    /** A facilitator of a cohort of its own, a viewer, and a learner for every name-sized piece of the corpus. */
    void people() {
        SignIn.out(s.security());
        UserAccount fanni = register("Fanni Ohjaaja", FACILITATOR);
        as("admin@polku.local");
        s.accounts().grant(fanni.id(), Role.FACILITATOR);
        as(FACILITATOR);
        cohort = s.cohorts().create(new NewCohort(COURSE, "XSS", LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(90), null, 1000)).id();
        register(VIEWER_NAME, VIEWER);
        enrol(VIEWER);
        int i = 0;
        for (XssSeed.Piece name : seed.pack(200, " ")) {
            String email = "xss-" + i++ + "@xss.test";
            authors.add(register(seed.planted("display name", name), email));
            names.add(name);
            enrol(email);
        }
    }

    private UserAccount register(String name, String email) {
        SignIn.out(s.security());
        return s.accounts().register(new Registration(name, email, PASSWORD, Locale.ENGLISH));
    }

    private void enrol(String email) {
        as(email);
        s.learning().enrol(cohort, "");
    }

    /** Every payload-named learner opens a thread; the viewer replies and reports; the facilitator sees it all. */
    List<UUID> discussion(String lesson) {
        List<UUID> threads = new ArrayList<>();
        List<XssSeed.Piece> bodies = seed.pack(200, "\n\n");
        for (int i = 0; i < bodies.size(); i++) {
            as(authors.get(i % authors.size()).email());
            threads.add(s.discussions().startThread(COURSE, lesson, cohort, seed.planted("discussion thread", bodies.get(i))).id());
        }
        as(VIEWER);
        for (XssSeed.Piece reply : seed.markdown(10_000)) {
            s.discussions().reply(threads.getFirst(), seed.planted("discussion reply", reply));
        }
        List<XssSeed.Piece> reasons = seed.pack(1000, " ");
        for (int i = 0; i < reasons.size() && i < threads.size(); i++) {
            s.discussions().report(threads.get(i), seed.planted("discussion report reason", reasons.get(i)));
        }
        return threads;
    }

    /** Stories with payload titles, tags and text, shared by link; comments from the viewer. */
    void gallery() {
        List<XssSeed.Piece> titles = seed.pack(300, " ");
        List<XssSeed.Piece> tags = seed.singles(40);
        List<XssSeed.Piece> texts = seed.markdown(100_000);
        for (int i = 0; i < titles.size(); i++) {
            Map<Gallery.TagCategory, Set<String>> entryTags = new EnumMap<>(Gallery.TagCategory.class);
            int firstTag = i * 8 * Gallery.TagCategory.values().length;
            for (Gallery.TagCategory category : Gallery.TagCategory.values()) {
                Set<String> inCategory = new LinkedHashSet<>();
                for (int t = 0; t < 8 && firstTag < tags.size(); t++, firstTag++) {
                    inCategory.add(seed.planted("gallery tag", tags.get(firstTag)));
                }
                entryTags.put(category, inCategory);
            }
            String text = i < texts.size() ? seed.planted("gallery text", texts.get(i)) : "A story.";
            as(authors.get(i % authors.size()).email());
            UUID id = s.gallery().publishStory(COURSE, new Gallery.Form(seed.planted("gallery title", titles.get(i)),
                    text, entryTags, i == 0 ? Gallery.Visibility.PUBLIC_LINK : Gallery.Visibility.USERS));
            if (i == 0) {
                story = id;
                storyToken = s.gallery().entry(id).shareToken();
            }
        }
        as(VIEWER);
        for (XssSeed.Piece comment : seed.markdown(5000)) {
            s.gallery().comment(story, seed.planted("gallery comment", comment));
        }
    }

    /** The viewer's development plan, every field full of payloads; the facilitator comments on it. */
    void plan(String lesson, List<String> fieldIds) {
        as(VIEWER);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        List<XssSeed.Piece> pieces = seed.markdown(20_000);
        for (int i = 0; i < fieldIds.size(); i++) {
            fields.put(fieldIds.get(i), seed.planted("plan field", pieces.get(i % pieces.size())));
        }
        UUID version = s.plans().save(COURSE, lesson, fields).id();
        as(FACILITATOR);
        for (XssSeed.Piece comment : seed.markdown(5000)) {
            s.plans().comment(version, seed.planted("plan comment", comment));
        }
    }

    /** Certificates for a spread of payload-named learners: their names go onto the public verify page. */
    void certificates(int howMany) {
        as(FACILITATOR);
        int step = Math.max(1, authors.size() / howMany);
        for (int i = 0; i < authors.size() && certificateCodes.size() < howMany; i += step) {
            while (i < authors.size() - 1 && !names.get(i).text().contains("__x(")) {
                i++;
            }
            certificateCodes.add(s.certificates().issue(authors.get(i).id(), COURSE, "XSS corpus test").code());
            seed.planted("certificate name", names.get(i));
        }
    }
}
