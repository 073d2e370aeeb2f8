package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, UUID> {
    List<SurveyResponse> findByEnrolmentIdAndLessonIdOrderBySubmittedAtDesc(UUID enrolmentId, String lessonId);

    @Query("""
            select r from SurveyResponse r where r.enrolmentId in :enrolments and r.submittedAt =
              (select max(r2.submittedAt) from SurveyResponse r2 where r2.enrolmentId = r.enrolmentId
               and r2.lessonId = r.lessonId)""")
    List<SurveyResponse> latestFor(@Param("enrolments") Collection<UUID> enrolments);
}
