package fi.polku.schools.internal;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SelfAssessmentRoundRepository extends JpaRepository<SelfAssessmentRound, UUID> {

    List<SelfAssessmentRound> findByOwnerIdAndCourseIdAndLessonIdOrderByNumberDesc(UUID owner, String courseId,
                                                                                    String lessonId);

    List<SelfAssessmentRound> findByCourseIdAndLessonIdAndOwnerIdInOrderByStartedAtDesc(String courseId,
                                                                                         String lessonId,
                                                                                         Collection<UUID> owners);

    List<SelfAssessmentRound> findByCourseIdAndLessonIdOrderByStartedAtDesc(String courseId, String lessonId);

    /** Answers and closing take this lock, so no answer slips in after a round is closed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SelfAssessmentRound r where r.id = :id")
    Optional<SelfAssessmentRound> lock(@Param("id") UUID id);
}

interface SelfAssessmentResponseRepository extends JpaRepository<SelfAssessmentResponse, UUID> {

    Optional<SelfAssessmentResponse> findByToken(String token);

    List<SelfAssessmentResponse> findByRoundIdOrderByCreatedAt(UUID round);

    Optional<SelfAssessmentResponse> findByRoundIdAndOwnTrue(UUID round);

    List<SelfAssessmentResponse> findByRoundIdIn(Collection<UUID> rounds);
}
