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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One saved version of a personal development plan; versions are never changed afterwards. */
@Entity
@Table(name = "plan_versions")
class PlanVersion {

    static final int MAX_FIELD_LENGTH = 20_000;

    @Id
    private UUID id;
    @Column(name = "enrolment_id", nullable = false)
    private UUID enrolmentId;
    @Column(name = "lesson_id", nullable = false)
    private String lessonId;
    @Column(name = "version_no", nullable = false)
    private int versionNo;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_fields", joinColumns = @JoinColumn(name = "plan_version_id"))
    @MapKeyColumn(name = "field_id")
    @Column(name = "field_value", nullable = false)
    private Map<String, String> fields = new LinkedHashMap<>();

    protected PlanVersion() {
    }

    PlanVersion(UUID enrolmentId, String lessonId, int versionNo, Map<String, String> fields, Instant now) {
        fields.forEach((k, v) -> {
            if (v.length() > MAX_FIELD_LENGTH) {
                throw new IllegalArgumentException("A plan field has at most " + MAX_FIELD_LENGTH + " characters");
            }
        });
        this.id = UUID.randomUUID();
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.versionNo = versionNo;
        this.fields = new LinkedHashMap<>(fields);
        this.savedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID enrolmentId() {
        return enrolmentId;
    }

    String lessonId() {
        return lessonId;
    }

    int versionNo() {
        return versionNo;
    }

    Instant savedAt() {
        return savedAt;
    }

    Map<String, String> fields() {
        return Map.copyOf(fields);
    }
}
