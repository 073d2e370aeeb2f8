package fi.polku.learning.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {
    @Query("select a from Attendance a where a.key.enrolmentId in :enrolments and a.present = true")
    List<Attendance> presentAmong(@Param("enrolments") Collection<UUID> enrolments);

    @Query("select a from Attendance a where a.key.groupId = :group")
    List<Attendance> forGroup(@Param("group") UUID group);
}
