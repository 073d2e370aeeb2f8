package fi.polku.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A learner's written reflection, saved as a draft on every change. */
@Entity
@Table(name = "reflections")
class Reflection {

    static final int MAX_LENGTH = 20_000;

    @EmbeddedId
    private LessonKey key;
    @Column(nullable = false)
    private String text;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Reflection() {
    }

    Reflection(LessonKey key, String text, Instant now) {
        this.key = key;
        update(text, now);
    }

    void update(String text, Instant now) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A reflection has at most " + MAX_LENGTH + " characters");
        }
        this.text = text;
        this.updatedAt = now;
    }

    String text() {
        return text;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
