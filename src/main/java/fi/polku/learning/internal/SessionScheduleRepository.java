package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface SessionScheduleRepository extends JpaRepository<SessionSchedule, UUID> {
    List<SessionSchedule> findByCohortId(UUID cohortId);

    Optional<SessionSchedule> findByCohortIdAndLessonId(UUID cohortId, String lessonId);
}
