package fi.polku.schools.internal;

import fi.polku.content.LessonDetails.AssessmentArea;
import fi.polku.content.LessonDetails.AssessmentStatement;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.schools.SelfAssessmentResults.AreaResult;
import fi.polku.schools.SelfAssessmentResults.Spread;
import fi.polku.schools.SelfAssessmentViews.Answer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fi.polku.schools.SelfAssessmentViews.Answer.DONT_KNOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The figures a team sees: means, spread and counts per area and statement, "don't know" left out. */
class SelfAssessmentAggregationTest {

    static final SelfAssessment TEMPLATE = new SelfAssessment(List.of(
            new AssessmentArea("vision", "Visio ja johtaminen", List.of(
                    new AssessmentStatement("v1", "Yhteinen näkemys"), new AssessmentStatement("v2", "Johto kokeilee"))),
            new AssessmentArea("support", "Tuki", List.of(new AssessmentStatement("s1", "Laitteet toimivat")))),
            null, null);

    static Answer answer(int v1, int v2, int s1, String visionComment) {
        return new Answer(Map.of("v1", v1, "v2", v2, "s1", s1), Map.of("vision", visionComment));
    }

    @Test
    void perAreaFiguresAreOverEachRespondentsOwnMeanAndDontKnowIsLeftOut() {
        List<Answer> answers = List.of(
                answer(2, 4, 5, "Yhteistyö sujuu – ääkköset å ä ö"), // vision mean 3
                answer(5, DONT_KNOW, 3, ""),                          // vision mean 5 (v2 not known)
                answer(DONT_KNOW, DONT_KNOW, DONT_KNOW, " "));        // knows nothing: no figures from them

        AreaResult vision = SelfAssessmentAggregation.areas(TEMPLATE, answers, null).getFirst();
        Spread s = vision.spread();

        assertThat(s.respondents()).isEqualTo(2);
        assertThat(s.dontKnow()).as("answered the area with don't know only").isEqualTo(1);
        assertThat(s.mean()).isEqualTo(4.0);
        assertThat(s.min()).isEqualTo(3.0);
        assertThat(s.max()).isEqualTo(5.0);
        assertThat(s.deviation()).isCloseTo(1.0, within(1e-9));
        assertThat(s.counts()).as("every rating 1–5 in the area").containsExactly(0, 1, 0, 1, 1);
        assertThat(vision.previousMean()).isNull();
        assertThat(vision.comments()).containsExactly("Yhteistyö sujuu – ääkköset å ä ö");
    }

    @Test
    void perStatementFiguresCountRatingsAndDontKnowApart() {
        List<Answer> answers = List.of(answer(2, 4, 5, ""), answer(5, DONT_KNOW, 3, ""), answer(4, DONT_KNOW, 4, ""));
        AreaResult vision = SelfAssessmentAggregation.areas(TEMPLATE, answers, null).getFirst();

        Spread v1 = vision.statements().get(0).spread();
        assertThat(v1.respondents()).isEqualTo(3);
        assertThat(v1.mean()).isCloseTo(11 / 3.0, within(1e-9));
        assertThat(v1.min()).isEqualTo(2.0);
        assertThat(v1.max()).isEqualTo(5.0);
        assertThat(v1.deviation()).isCloseTo(Math.sqrt(14 / 9.0), within(1e-9));
        assertThat(v1.counts()).containsExactly(0, 1, 0, 1, 1);

        Spread v2 = vision.statements().get(1).spread();
        assertThat(v2.respondents()).isEqualTo(1);
        assertThat(v2.dontKnow()).isEqualTo(2);
        assertThat(v2.mean()).isEqualTo(4.0);
        assertThat(v2.deviation()).isZero();
    }

    @Test
    void aStatementNobodyCouldJudgeHasNoFigures() {
        Spread nobody = SelfAssessmentAggregation.statement("v2", List.of(answer(3, DONT_KNOW, 3, "")));
        assertThat(nobody.respondents()).isZero();
        assertThat(nobody.dontKnow()).isEqualTo(1);
        assertThat(nobody.mean()).isNull();
        assertThat(nobody.min()).isNull();
        assertThat(nobody.counts()).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void comparesEachAreaAndStatementWithThePreviousRoundsMean() {
        List<Answer> before = List.of(answer(1, 2, 2, ""), answer(2, 3, 4, ""));
        List<Answer> now = List.of(answer(4, 4, 5, ""), answer(3, 5, 5, ""));

        List<AreaResult> areas = SelfAssessmentAggregation.areas(TEMPLATE, now, before);

        assertThat(areas.get(0).spread().mean()).isEqualTo(4.0);
        assertThat(areas.get(0).previousMean()).isEqualTo(2.0);
        assertThat(areas.get(0).statements().get(0).previousMean()).isEqualTo(1.5);
        assertThat(areas.get(1).spread().mean()).isEqualTo(5.0);
        assertThat(areas.get(1).previousMean()).isEqualTo(3.0);
    }

    @Test
    void aPreviousRoundWithoutAnswersGivesNoPreviousMean() {
        List<AreaResult> areas = SelfAssessmentAggregation.areas(TEMPLATE, List.of(answer(4, 4, 5, "")), List.of());
        assertThat(areas.getFirst().previousMean()).isNull();
    }
}
