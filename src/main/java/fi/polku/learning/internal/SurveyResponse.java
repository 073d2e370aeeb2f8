package fi.polku.learning.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One submission of the needs survey; every revision is a new row, so the history stays. */
@Entity
@Table(name = "survey_responses")
class SurveyResponse {

    @Id
    private UUID id;
    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;
    @Column(name = "chosen_theme")
    private @Nullable String chosenTheme;
    @Column(name = "own_theme")
    private @Nullable String ownTheme;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answers", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer", nullable = false)
    private Map<String, String> answers = new LinkedHashMap<>();

    protected SurveyResponse() {
    }

    SurveyResponse(UUID enrolmentId, String lessonId, Map<String, String> answers, @Nullable String chosenTheme,
                   @Nullable String ownTheme, Instant now) {
        this.id = UUID.randomUUID();
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.answers = new LinkedHashMap<>(answers);
        this.chosenTheme = chosenTheme;
        this.ownTheme = ownTheme == null || ownTheme.isBlank() ? null : ownTheme.strip();
        this.submittedAt = now;
    }

    UUID enrolmentId() {
        return enrolmentId;
    }

    Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    @Nullable
    String chosenTheme() {
        return chosenTheme;
    }

    @Nullable
    String ownTheme() {
        return ownTheme;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
