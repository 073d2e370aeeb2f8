package fi.polku.schools.internal;

import fi.polku.accounts.PersonalData;
import fi.polku.accounts.PersonalDataSink;
import fi.polku.accounts.UserId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Self-assessment rounds a person ran (with their colleagues' answers, which exist only for that
 * round) and their kit requests. Kit bookings stay as lending history, without the person's words.
 */
@Component
@Order(50)
class SchoolsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    SchoolsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "schools";
    }

    @Override
    public void export(UserId person, PersonalDataSink sink) {
        sink.json("self_assessment_rounds", rows("""
                select id, course_id, lesson_id, round_number, school, started_at, closed_at
                from self_assessment_rounds where owner_id = :me order by started_at""", person));
        // ratings and comments only; colleagues' names and emails are theirs, not the round owner's
        sink.json("self_assessment_ratings", rows("""
                select r.round_id, r.own, t.statement_id, t.rating from self_assessment_responses r
                join self_assessment_rounds o on o.id = r.round_id
                join self_assessment_ratings t on t.response_id = r.id where o.owner_id = :me""", person));
        sink.json("self_assessment_comments", rows("""
                select r.round_id, r.own, c.area_id, c.comment_text from self_assessment_responses r
                join self_assessment_rounds o on o.id = r.round_id
                join self_assessment_comments c on c.response_id = r.id where o.owner_id = :me""", person));
        sink.json("kit_requests", rows("""
                select k.name as kit, b.school, b.note, b.first_day, b.last_day, b.status, b.reason, b.requested_at
                from kit_bookings b join kits k on k.id = b.kit_id where b.learner_id = :me
                order by b.requested_at""", person));
    }

    @Override
    public void erase(UserId person) {
        jdbc.sql("delete from self_assessment_rounds where owner_id = :me").param("me", person.value()).update();
        jdbc.sql("update kit_bookings set school = '', note = '' where learner_id = :me")
                .param("me", person.value()).update();
    }

    private List<Map<String, Object>> rows(String sql, UserId person) {
        return jdbc.sql(sql).param("me", person.value()).query().listOfRows();
    }
}
