package fi.polku.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A sparring group's shared notes for one session. */
@Entity
@Table(name = "session_notes")
class SessionNote {

    static final int MAX_LENGTH = 20_000;

    @Embeddable
    record Key(@Column(name = "group_id") UUID groupId, @Column(name = "lesson_id") String lessonId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(nullable = false)
    private String text;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected SessionNote() {
    }

    SessionNote(Key key) {
        this.key = key;
    }

    void update(String text, String by, Instant now) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Notes have at most " + MAX_LENGTH + " characters");
        }
        this.text = text;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    String text() {
        return text;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
