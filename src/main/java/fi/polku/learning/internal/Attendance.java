package fi.polku.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** Whether a group member was at a sparring session, as the facilitator recorded it. */
@Entity
@Table(name = "attendance")
class Attendance {

    @Embeddable
    record Key(@Column(name = "group_id") UUID groupId, @Column(name = "lesson_id") String lessonId,
               @Column(name = "enrolment_id") UUID enrolmentId) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(nullable = false)
    private boolean present;

    protected Attendance() {
    }

    Attendance(Key key, boolean present) {
        this.key = key;
        this.present = present;
    }

    Key key() {
        return key;
    }

    boolean present() {
        return present;
    }

    void mark(boolean present) {
        this.present = present;
    }
}
