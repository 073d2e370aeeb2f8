package fi.polku.schools;

import fi.polku.content.LessonDetails;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the self-assessment services hand to views: plain records, never entities. */
public final class SelfAssessmentViews {

    private SelfAssessmentViews() {
    }

    /**
     * One person's answer: a rating per statement id (1–5, or {@link #DONT_KNOW}) and an optional
     * comment per area id.
     */
    public record Answer(Map<String, Integer> ratings, Map<String, String> comments) {

        public static final int DONT_KNOW = 0;
        public static final int MAX_COMMENT = 2000;

        public Answer {
            ratings = Map.copyOf(ratings);
            comments = Map.copyOf(comments);
        }

        public static Answer empty() {
            return new Answer(Map.of(), Map.of());
        }
    }

    /** An answer link, as its owner sees it: the name and email are only for the owner's own record. */
    public record Invitation(UUID id, String link, @Nullable String name, @Nullable String email,
                             @Nullable Instant answeredAt) {
    }

    /** A round of the self-assessment; {@code invitations} only for the learner who owns it. */
    public record Round(UUID id, int number, String school, String ownerName, Instant startedAt,
                        @Nullable Instant closedAt, int answered, List<Invitation> invitations) {

        public boolean open() {
            return closedAt == null;
        }
    }

    /**
     * A learner's place in a self-assessment lesson: their school (null until set), their open
     * round if any, and every round they have run, newest first.
     */
    public record Overview(@Nullable String school, @Nullable Round open, List<Round> rounds) {
    }

    /** What a colleague opening an answer link sees. */
    public record LinkForm(String lessonTitle, String school, String ownerName, @Nullable String colleagueName,
                           boolean open, LessonDetails.SelfAssessment template, Answer answer) {
    }
}
