package fi.polku.peerreview.internal;

import fi.polku.accounts.PersonalData;
import fi.polku.accounts.PersonalDataSink;
import fi.polku.accounts.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Submissions with their files, reviews given and received, flags. On erasure a submission keeps its
 * place (its reviewers' work still counts for them) but loses its text and files; reviews the person
 * gave stay, under a reviewer id that points at nobody.
 */
@Component
@Order(20)
class PeerReviewPersonalData implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PeerReviewPersonalData.class);

    private final JdbcClient jdbc;
    private final FileStorage storage;
    private final SubmissionRepository submissions;

    PeerReviewPersonalData(JdbcClient jdbc, FileStorage storage, SubmissionRepository submissions) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.submissions = submissions;
    }

    @Override
    public String section() {
        return "peerreview";
    }

    @Override
    public void export(UserId person, PersonalDataSink sink) {
        sink.json("submissions", rows("""
                select id, course_id, lesson_id, title, body, status, created_at, submitted_at, assessed_at
                from submissions where author_id = :me order by created_at""", person));
        List<Map<String, Object>> files = rows("""
                select a.id, s.lesson_id, a.file_name, a.media_type, a.size_bytes, a.storage_key, a.uploaded_at
                from attachments a join submissions s on s.id = a.submission_id where s.author_id = :me
                order by a.uploaded_at""", person);
        sink.json("attachments", files.stream().map(PeerReviewPersonalData::withoutKey).toList());
        for (Map<String, Object> file : files) {
            sink.file(value(file, "lesson_id") + "/" + value(file, "id") + "/" + value(file, "file_name"),
                    read(value(file, "storage_key")));
        }
        sink.json("reviews_given", rows("""
                select r.id, s.course_id, s.lesson_id, s.title as submission_title, r.completed_at, r.what_works,
                       r.idea_to_try, r.comment_text, r.bonus, r.hidden
                from reviews r join submissions s on s.id = r.submission_id
                where r.reviewer_id = :me and r.completed_at is not null order by r.completed_at""", person));
        sink.json("review_levels_given", rows("""
                select l.review_id, l.criterion_id, l.level from review_levels l
                join reviews r on r.id = l.review_id where r.reviewer_id = :me""", person));
        // the reviewers' identities stay out: reviews are anonymous to their authors
        sink.json("reviews_received", rows("""
                select r.id, s.lesson_id, r.by_trainer, r.completed_at, r.what_works, r.idea_to_try, r.comment_text,
                       r.helpful
                from reviews r join submissions s on s.id = r.submission_id
                where s.author_id = :me and r.completed_at is not null and r.hidden = false
                order by r.completed_at""", person));
        sink.json("trainer_feedback_received", rows("""
                select s.lesson_id, t.author_name, t.body, t.created_at from trainer_feedback t
                join submissions s on s.id = t.submission_id where s.author_id = :me order by t.created_at""", person));
        sink.json("flags_raised", rows("""
                select review_id, reason, created_at, resolved from review_flags where flagger_id = :me""", person));
    }

    @Override
    public void erase(UserId person) {
        UUID me = person.value();
        List<String> keys = jdbc.sql("""
                select a.storage_key from attachments a join submissions s on s.id = a.submission_id
                where s.author_id = :me""").param("me", me).query(String.class).list();
        jdbc.sql("delete from attachments where submission_id in (select id from submissions where author_id = :me)")
                .param("me", me).update();
        jdbc.sql("update submissions set title = '', body = '', override_reason = null where author_id = :me")
                .param("me", me).update();
        // a claim never finished goes back to the pool; finished reviews stay, detached from the person
        List<UUID> released = jdbc.sql("select submission_id from reviews where reviewer_id = :me and completed_at is null")
                .param("me", me).query(UUID.class).list();
        jdbc.sql("delete from reviews where reviewer_id = :me and completed_at is null").param("me", me).update();
        submissions.refreshTouched(released);
        for (UUID review : jdbc.sql("select id from reviews where reviewer_id = :me").param("me", me)
                .query(UUID.class).list()) {
            jdbc.sql("update reviews set reviewer_id = :nobody where id = :id")
                    .param("nobody", UUID.randomUUID()).param("id", review).update();
        }
        jdbc.sql("delete from review_flags where flagger_id = :me").param("me", me).update();
        jdbc.sql("delete from bonus_invitations where learner_id = :me").param("me", me).update();
        jdbc.sql("update trainer_feedback set author_name = '' where author_id = :me").param("me", me).update();
        jdbc.sql("update moderation_events set actor_name = '' where actor_id = :me").param("me", me).update();
        deleteFilesAfterCommit(keys);
    }

    /** Files go only once the rows are gone for good: a rolled-back deletion still finds its files. */
    private void deleteFilesAfterCommit(List<String> keys) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                for (String key : keys) {
                    try {
                        storage.delete(key);
                    } catch (IOException e) {
                        log.warn("Could not delete attachment {} of a deleted account", key, e);
                    }
                }
            }
        });
    }

    private byte[] read(String key) {
        try (InputStream in = storage.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> withoutKey(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        copy.keySet().removeIf(k -> k.equalsIgnoreCase("storage_key"));
        return copy;
    }

    private static String value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column))
                .map(e -> String.valueOf(e.getValue())).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> rows(String sql, UserId person) {
        return jdbc.sql(sql).param("me", person.value()).query().listOfRows();
    }
}
