package fi.polku.community.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface GalleryEntryRepository extends JpaRepository<GalleryEntry, UUID> {

    /** Tags come along in the same query: a gallery page shows every card's tags. */
    @Query("select distinct e from GalleryEntry e left join fetch e.tags where e.courseId = :course "
            + "and (e.withdrawnAt is null or e.authorId = :reader) order by e.createdAt desc")
    List<GalleryEntry> listed(@Param("course") String courseId, @Param("reader") UUID reader);

    Optional<GalleryEntry> findByShareToken(String token);

    List<GalleryEntry> findBySubmissionIdAndWithdrawnAtIsNull(UUID submissionId);
}

interface GalleryCommentRepository extends JpaRepository<GalleryComment, UUID> {
    List<GalleryComment> findByEntryIdOrderByCreatedAt(UUID entryId);
}

interface GalleryTryRepository extends JpaRepository<GalleryTry, UUID> {

    Optional<GalleryTry> findByEntryIdAndUserId(UUID entryId, UUID userId);

    long countByEntryId(UUID entryId);

    @Query("select t.entryId, count(t) from GalleryTry t where t.entryId in :entries group by t.entryId")
    List<Object[]> countsFor(@Param("entries") Collection<UUID> entries);
}
