package fi.polku.learning.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** One run of a course: its dates, who facilitates it, and who may join. */
@Entity
@Table(name = "cohorts")
class Cohort {

    @Id
    private UUID id;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(nullable = false)
    private String name;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;
    @Column(name = "enrolment_key")
    private @Nullable String enrolmentKey;
    @Column
    private @Nullable Integer capacity;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_facilitators", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "user_id", nullable = false)
    private Set<UUID> facilitators = new HashSet<>();
    @Version
    private long version;

    protected Cohort() {
    }

    Cohort(String courseId, String name, LocalDate startsOn, LocalDate endsOn, @Nullable String enrolmentKey,
           @Nullable Integer capacity, Set<UUID> facilitators, Instant now) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A cohort needs a name");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A cohort cannot end before it starts");
        }
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("Capacity must be at least 1");
        }
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.name = name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.enrolmentKey = enrolmentKey == null || enrolmentKey.isBlank() ? null : enrolmentKey.strip();
        this.capacity = capacity;
        this.facilitators = new HashSet<>(facilitators);
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String courseId() {
        return courseId;
    }

    String name() {
        return name;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    @Nullable
    Integer capacity() {
        return capacity;
    }

    boolean hasKey() {
        return enrolmentKey != null;
    }

    boolean acceptsKey(@Nullable String key) {
        return enrolmentKey == null || (key != null && enrolmentKey.equals(key.strip()));
    }

    boolean isOpenOn(LocalDate day) {
        return !day.isAfter(endsOn);
    }

    boolean isFull(long enrolled) {
        return capacity != null && enrolled >= capacity;
    }

    Set<UUID> facilitators() {
        return Set.copyOf(facilitators);
    }

    boolean isFacilitatedBy(UUID userId) {
        return facilitators.contains(userId);
    }

    void addFacilitator(UUID userId) {
        facilitators.add(userId);
    }
}
