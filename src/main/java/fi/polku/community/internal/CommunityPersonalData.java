package fi.polku.community.internal;

import fi.polku.accounts.PersonalData;
import fi.polku.accounts.PersonalDataSink;
import fi.polku.accounts.UserId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Discussion posts, reactions, reports, notifications and their settings, gallery entries, comments
 * and "I'll try this" marks. On deletion a post keeps its place in its thread (replies still make
 * sense) but loses its text, exactly as when its author deletes it; gallery entries and comments go.
 */
@Component
@Order(40)
class CommunityPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CommunityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "community";
    }

    @Override
    public void export(UserId person, PersonalDataSink sink) {
        sink.json("posts", rows("""
                select id, course_id, lesson_id, thread_id, body, created_at, edited_at, deleted, hidden
                from discussion_posts where author_id = :me order by created_at""", person));
        sink.json("reactions", rows("""
                select post_id, kind from discussion_reactions where user_id = :me""", person));
        sink.json("reports", rows("""
                select post_id, reason, created_at, resolved_at from discussion_reports where reporter_id = :me
                order by created_at""", person));
        sink.json("notifications", rows("""
                select kind, link, args, created_at, read_at, emailed_at from notifications where recipient_id = :me
                order by created_at""", person));
        sink.json("notification_settings", rows("""
                select kind, in_app, by_email from notification_settings where user_id = :me""", person));
        sink.json("gallery_entries", rows("""
                select id, course_id, kind, title, body, visibility, created_at, updated_at, withdrawn_at
                from gallery_entries where author_id = :me order by created_at""", person));
        sink.json("gallery_tags", rows("""
                select t.entry_id, t.category, t.tag from gallery_tags t
                join gallery_entries e on e.id = t.entry_id where e.author_id = :me""", person));
        sink.json("gallery_comments", rows("""
                select entry_id, body, created_at from gallery_comments where author_id = :me order by created_at""",
                person));
        sink.json("gallery_tries", rows("""
                select entry_id, created_at from gallery_tries where user_id = :me""", person));
    }

    @Override
    public void erase(UserId person) {
        update("update discussion_posts set body = '', deleted = true where author_id = :me", person);
        update("delete from discussion_reactions where user_id = :me", person);
        update("delete from discussion_reports where reporter_id = :me", person);
        update("delete from notifications where recipient_id = :me", person);
        update("delete from notification_settings where user_id = :me", person);
        update("delete from gallery_comments where author_id = :me", person);
        update("delete from gallery_tries where user_id = :me", person);
        update("delete from gallery_entries where author_id = :me", person);
    }

    private void update(String sql, UserId person) {
        jdbc.sql(sql).param("me", person.value()).update();
    }

    private List<Map<String, Object>> rows(String sql, UserId person) {
        return jdbc.sql(sql).param("me", person.value()).query().listOfRows();
    }
}
