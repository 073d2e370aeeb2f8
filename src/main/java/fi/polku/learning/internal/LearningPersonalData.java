package fi.polku.learning.internal;

import fi.polku.accounts.PersonalData;
import fi.polku.accounts.PersonalDataSink;
import fi.polku.accounts.UserId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A learner's enrolments with everything hanging off them (progress, survey answers, plan versions,
 * reflections, sparring and attendance), and the plan comments they wrote. Plain SQL: an export reads
 * whole tables by person, which the aggregates' repositories were never shaped for.
 */
@Component
@Order(10)
class LearningPersonalData implements PersonalData {

    private static final String MINE = "select id from enrolments where user_id = :me";

    private final JdbcClient jdbc;

    LearningPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "learning";
    }

    @Override
    public void export(UserId person, PersonalDataSink sink) {
        sink.json("enrolments", rows("""
                select e.id, e.course_id, c.name as cohort, e.enrolled_at, e.last_activity_at, e.completed_at
                from enrolments e join cohorts c on c.id = e.cohort_id where e.user_id = :me order by e.enrolled_at""",
                person));
        sink.json("progress", rows("""
                select e.course_id, p.lesson_id, p.completed_at from lesson_progress p
                join enrolments e on e.id = p.enrolment_id where e.user_id = :me order by p.completed_at""", person));
        sink.json("survey_answers", rows("""
                select e.course_id, r.lesson_id, r.submitted_at, r.chosen_theme, r.own_theme, a.question_id, a.answer
                from survey_responses r join enrolments e on e.id = r.enrolment_id
                left join survey_answers a on a.response_id = r.id
                where e.user_id = :me order by r.submitted_at, a.question_id""", person));
        sink.json("plan_versions", rows("""
                select e.course_id, v.lesson_id, v.version_no, v.saved_at, f.field_id, f.field_value
                from plan_versions v join enrolments e on e.id = v.enrolment_id
                left join plan_fields f on f.plan_version_id = v.id
                where e.user_id = :me order by v.lesson_id, v.version_no, f.field_id""", person));
        sink.json("reflections", rows("""
                select e.course_id, r.lesson_id, r.text, r.updated_at from reflections r
                join enrolments e on e.id = r.enrolment_id where e.user_id = :me order by r.updated_at""", person));
        sink.json("plan_comments_received", rows("""
                select e.course_id, v.lesson_id, v.version_no, c.author_name, c.text, c.created_at from plan_comments c
                join plan_versions v on v.id = c.plan_version_id join enrolments e on e.id = v.enrolment_id
                where e.user_id = :me order by c.created_at""", person));
        sink.json("plan_comments_written", rows("""
                select c.text, c.created_at from plan_comments c where c.author_id = :me order by c.created_at""",
                person));
        sink.json("sparring", rows("""
                select e.course_id, g.name as sparring_group from sparring_members m
                join sparring_groups g on g.id = m.group_id join enrolments e on e.id = m.enrolment_id
                where e.user_id = :me""", person));
        sink.json("attendance", rows("""
                select e.course_id, a.lesson_id, a.present from attendance a
                join enrolments e on e.id = a.enrolment_id where e.user_id = :me""", person));
    }

    /**
     * The enrolment cascades to progress, answers, plans (with the comments on them), reflections,
     * sparring places and attendance. Comments the person wrote on others' plans go too: they are
     * their words, and a comment without its writer helps nobody.
     */
    @Override
    public void erase(UserId person) {
        jdbc.sql("delete from plan_comments where author_id = :me").param("me", person.value()).update();
        jdbc.sql("delete from enrolments where id in (" + MINE + ")").param("me", person.value()).update();
        jdbc.sql("delete from cohort_facilitators where user_id = :me").param("me", person.value()).update();
    }

    private java.util.List<java.util.Map<String, Object>> rows(String sql, UserId person) {
        return jdbc.sql(sql).param("me", person.value()).query().listOfRows();
    }
}
