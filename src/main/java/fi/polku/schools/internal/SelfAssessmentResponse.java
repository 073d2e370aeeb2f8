package fi.polku.schools.internal;

import fi.polku.schools.SelfAssessmentViews.Answer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One person's place in a round: a personal answer link (its token) and, once they answer, their
 * ratings and comments. The round's owner has one too, marked {@code own}, whose link is not shown.
 */
@Entity
@Table(name = "self_assessment_responses")
class SelfAssessmentResponse {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Column(name = "round_id", nullable = false)
    private UUID roundId;
    @Column(nullable = false, unique = true)
    private String token;
    @Column(nullable = false)
    private boolean own;
    @Column(name = "colleague_name")
    private @Nullable String colleagueName;
    @Column(name = "colleague_email")
    private @Nullable String colleagueEmail;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;
    // 0 stands for "don't know": element collections do not keep null values
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_assessment_ratings", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "statement_id")
    @Column(name = "rating", nullable = false)
    private Map<String, Integer> ratings = new HashMap<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_assessment_comments", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "area_id")
    @Column(name = "comment_text", nullable = false)
    private Map<String, String> comments = new HashMap<>();
    @Version
    private long version;

    protected SelfAssessmentResponse() {
    }

    private SelfAssessmentResponse(UUID roundId, boolean own, @Nullable String name, @Nullable String email,
                                   Clock clock) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.own = own;
        this.colleagueName = trimmed(name, MAX_NAME);
        this.colleagueEmail = trimmed(email, MAX_EMAIL);
        this.token = newToken();
        this.createdAt = clock.instant();
    }

    static SelfAssessmentResponse owners(UUID roundId, Clock clock) {
        return new SelfAssessmentResponse(roundId, true, null, null, clock);
    }

    static SelfAssessmentResponse invitation(UUID roundId, @Nullable String name, @Nullable String email, Clock clock) {
        return new SelfAssessmentResponse(roundId, false, name, email, clock);
    }

    /** 256 random bits: a link nobody can guess or count their way to. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Replaces the whole answer; the caller has checked it against the round's template and that the round is open. */
    void answer(Answer answer, Clock clock) {
        answer.ratings().forEach((statement, rating) -> {
            if (rating < Answer.DONT_KNOW || rating > 5) {
                throw new IllegalArgumentException("A rating is 1–5 or 0 for don't know, not " + rating);
            }
        });
        ratings.clear();
        ratings.putAll(answer.ratings());
        comments.clear();
        answer.comments().forEach((area, text) -> {
            if (text.length() > Answer.MAX_COMMENT) {
                throw new IllegalArgumentException("A comment is at most " + Answer.MAX_COMMENT + " characters");
            }
            if (!text.isBlank()) {
                comments.put(area, text.strip());
            }
        });
        answeredAt = clock.instant();
    }

    Answer currentAnswer() {
        return new Answer(ratings, comments);
    }

    boolean answered() {
        return answeredAt != null;
    }

    private static @Nullable String trimmed(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new IllegalArgumentException("At most " + max + " characters");
        }
        return s;
    }

    UUID id() {
        return id;
    }

    UUID roundId() {
        return roundId;
    }

    String token() {
        return token;
    }

    boolean own() {
        return own;
    }

    @Nullable String colleagueName() {
        return colleagueName;
    }

    @Nullable String colleagueEmail() {
        return colleagueEmail;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
