package fi.polku.peerreview.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one learner's submissions in a course reads that learner's rows, not the course's: with
 * 2,000 learners' reports in one course the database's own plan (H2's EXPLAIN ANALYZE) counts the
 * rows it looked at. Before V15 it read all 2,001.
 */
@SpringBootTest
@Transactional
class SubmissionsByAuthorIndexTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired SubmissionRepository submissions;

    @Test
    void aLearnersSubmissionsInACourseAreFoundWithoutReadingTheCourse() {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(new Object[] {UUID.randomUUID(), "index-course", "project", "index-pool", UUID.randomUUID(),
                    "Projekti " + i, "Työ", "SUBMITTED", now, 0L});
        }
        UUID me = UUID.randomUUID();
        rows.add(new Object[] {UUID.randomUUID(), "index-course", "project", "index-pool", me, "Minun työni",
                "Työ", "SUBMITTED", now, 0L});
        jdbc.batchUpdate("insert into submissions (id, course_id, lesson_id, pool_id, author_id, title, body, status, "
                + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.execute("analyze table submissions");

        assertThat(submissions.findByCourseIdAndAuthorId("index-course", me))
                .extracting(Submission::title).containsExactly("Minun työni");
        String plan = String.join("\n", jdbc.queryForList(
                "explain analyze select id from submissions where course_id = ? and author_id = ?", String.class,
                "index-course", me));
        Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
        assertThat(scanned.find()).as(plan).isTrue();
        assertThat(Integer.parseInt(scanned.group(1))).as(plan).isLessThanOrEqualTo(2);
    }
}
