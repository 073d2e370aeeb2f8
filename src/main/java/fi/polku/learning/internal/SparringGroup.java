package fi.polku.learning.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A small group of learners in a cohort who meet to spar on their plans. */
@Entity
@Table(name = "sparring_groups")
class SparringGroup {

    @Id
    private UUID id;
    @Column(name = "cohort_id", nullable = false)
    private UUID cohortId;
    @Column(nullable = false)
    private String name;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sparring_members", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "enrolment_id", nullable = false)
    private Set<UUID> members = new HashSet<>();

    protected SparringGroup() {
    }

    SparringGroup(UUID cohortId, String name, Set<UUID> members) {
        this.id = UUID.randomUUID();
        this.cohortId = cohortId;
        this.name = name;
        this.members = new HashSet<>(members);
    }

    UUID id() {
        return id;
    }

    UUID cohortId() {
        return cohortId;
    }

    String name() {
        return name;
    }

    Set<UUID> members() {
        return Set.copyOf(members);
    }

    void add(UUID enrolmentId) {
        members.add(enrolmentId);
    }

    void remove(UUID enrolmentId) {
        members.remove(enrolmentId);
    }
}
