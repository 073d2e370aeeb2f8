package fi.polku.security;

import fi.polku.content.LessonDetails;
import fi.polku.schools.SelfAssessmentLinks;
import fi.polku.schools.SelfAssessmentViews;
import fi.polku.schools.SelfAssessments;
import fi.polku.support.SignIn;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A school self-assessment round owned by a payload-named learner whose school is a payload too;
 * colleagues with payload names answer through their links with payload comments.
 */
final class XssSchoolPlanting {

    record Services(SelfAssessments selfAssessments, SelfAssessmentLinks links, SecurityContextHolderStrategy security) {
    }

    private final Services s;
    private final XssPlanting people;
    private final XssSeed seed;
    String owner;
    UUID round;
    final List<String> tokens = new ArrayList<>();
    /** A link nobody has answered yet: what a colleague sees first, the owner's name and school. */
    String unanswered;

    XssSchoolPlanting(Services services, XssPlanting people) {
        this.s = services;
        this.people = people;
        this.seed = people.seed;
    }

    void selfAssessment(String lesson) {
        owner = people.authors.get(1).email();
        people.as(owner);
        s.selfAssessments().changeMySchool(seed.planted("self-assessment school", seed.pack(200, " ").getFirst()));
        round = s.selfAssessments().start(XssPlanting.COURSE, lesson).id();
        List<XssSeed.Piece> names = seed.pack(200, " ");
        List<XssSeed.Piece> comments = new ArrayList<>(seed.markdown(SelfAssessmentViews.Answer.MAX_COMMENT));
        for (int i = 0; !comments.isEmpty() || i < 3; i++) {
            people.as(owner);
            SelfAssessmentViews.Invitation invitation = s.selfAssessments().invite(round,
                    seed.planted("self-assessment colleague name", names.get(i)), null);
            String token = invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
            tokens.add(token);
            SignIn.out(s.security());
            LessonDetails.SelfAssessment template = s.links().open(token, Locale.ENGLISH).orElseThrow().template();
            Map<String, Integer> ratings = new HashMap<>();
            template.statementIds().forEach(id -> ratings.put(id, 3));
            Map<String, String> byArea = new HashMap<>();
            for (LessonDetails.AssessmentArea area : template.areas()) {
                if (!comments.isEmpty()) {
                    byArea.put(area.id(), seed.planted("self-assessment comment", comments.removeFirst()));
                }
            }
            s.links().answer(token, new SelfAssessmentViews.Answer(ratings, byArea));
        }
        people.as(owner);
        SelfAssessmentViews.Invitation waiting = s.selfAssessments().invite(round,
                seed.planted("self-assessment colleague name", names.get(tokens.size())), null);
        unanswered = waiting.link().substring(waiting.link().lastIndexOf('/') + 1);
    }
}
