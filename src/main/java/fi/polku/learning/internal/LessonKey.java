package fi.polku.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.UUID;

/** An enrolment's piece of work on one lesson (its reflection, say). */
@Embeddable
record LessonKey(@Column(name = "enrolment_id") UUID enrolmentId, @Column(name = "lesson_id") String lessonId)
        implements Serializable {
}
