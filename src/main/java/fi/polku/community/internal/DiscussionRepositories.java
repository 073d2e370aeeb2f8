package fi.polku.community.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface PostRepository extends JpaRepository<Post, UUID> {

    @Query("""
            select p from Post p where p.courseId = :course and p.lessonId = :lesson and p.cohortId = :cohort
            order by p.createdAt""")
    List<Post> findLesson(@Param("course") String course, @Param("lesson") String lesson,
                          @Param("cohort") UUID cohort);
}

interface PostReactionRepository extends JpaRepository<PostReaction, PostReaction.Key> {

    @Query("select r from PostReaction r where r.key.postId in :posts")
    List<PostReaction> findByPosts(@Param("posts") Collection<UUID> posts);
}

interface PostReportRepository extends JpaRepository<PostReport, UUID> {

    @Query("select r from PostReport r where r.postId in :posts and r.resolvedAt is null order by r.createdAt")
    List<PostReport> findOpenByPosts(@Param("posts") Collection<UUID> posts);

    @Query("""
            select r from PostReport r where r.resolvedAt is null
            and r.postId in (select p.id from Post p where p.cohortId in :cohorts) order by r.createdAt""")
    List<PostReport> findOpenInCohorts(@Param("cohorts") Collection<UUID> cohorts);

    @Query("select r from PostReport r where r.resolvedAt is null order by r.createdAt")
    List<PostReport> findAllOpen();
}

interface ModerationEntryRepository extends JpaRepository<ModerationEntry, UUID> {

    @Query("select m from ModerationEntry m where m.postId = :post order by m.at")
    List<ModerationEntry> findByPost(@Param("post") UUID post);
}
