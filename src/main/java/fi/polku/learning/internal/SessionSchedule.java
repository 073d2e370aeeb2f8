package fi.polku.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A cohort's own date, time and link for a session lesson, overriding the course's defaults. */
@Entity
@Table(name = "session_schedules")
class SessionSchedule {

    @Id
    private UUID id;
    @Column(name = "cohort_id", nullable = false)
    private UUID cohortId;
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column
    private @Nullable String place;
    @Column
    private @Nullable String link;

    protected SessionSchedule() {
    }

    SessionSchedule(UUID cohortId, String lessonId) {
        this.id = UUID.randomUUID();
        this.cohortId = cohortId;
        this.lessonId = lessonId;
    }

    void set(Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String link) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
        if (link != null && !link.isBlank() && !link.startsWith("https://") && !link.startsWith("http://")) {
            throw new IllegalArgumentException("A meeting link must be an http(s) address");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.link = link == null || link.isBlank() ? null : link.strip();
    }

    String lessonId() {
        return lessonId;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    @Nullable
    String place() {
        return place;
    }

    @Nullable
    String link() {
        return link;
    }
}
