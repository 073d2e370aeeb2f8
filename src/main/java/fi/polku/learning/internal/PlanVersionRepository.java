package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PlanVersionRepository extends JpaRepository<PlanVersion, UUID> {
    List<PlanVersion> findByEnrolmentIdAndLessonIdOrderByVersionNoDesc(UUID enrolmentId, String lessonId);

    List<PlanVersion> findByEnrolmentIdOrderBySavedAtDesc(UUID enrolmentId);

    @Query("select max(v.versionNo) from PlanVersion v where v.enrolmentId = :e and v.lessonId = :l")
    Optional<Integer> lastVersionNo(@Param("e") UUID enrolmentId, @Param("l") String lessonId);

    @Query("select v.enrolmentId, count(v), max(v.savedAt) from PlanVersion v where v.enrolmentId in :enrolments group by v.enrolmentId")
    List<Object[]> summaries(@Param("enrolments") Collection<UUID> enrolments);
}
