-- A learner's submissions in a course (issue #10): asked on every "mark as done" (is the project
-- assessed, for completion) and by the gallery. uk_submission starts with (course_id, lesson_id),
-- so with author_id third it could not serve the lookup, and every call read all the course's
-- submissions: 10,001 rows with 10,000 learners, the most expensive statement of the learner load
-- test (docs/BENCHMARKS.md, "Issue 10, fifth session").
create index ix_submissions_author on submissions (author_id, course_id);
