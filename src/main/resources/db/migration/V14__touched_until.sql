-- Issue 10: allocation's shortcut (the oldest report nobody reviews or holds) walked a pool's reports
-- in date order checking each one's reviews; with 100,000 reports, most of them reviewed, that walk
-- was most of a call. Each report now keeps until when it counts as reviewed or held, computed from
-- its reviews by the same statement as SubmissionRepository.refreshTouched:
--   1970-01-01: no review counts (never touched, or only expired holds and hidden reviews)
--   9999-01-01: a finished review that is not hidden
--   otherwise:  when the last open hold runs out (in the past: free again)
alter table submissions add column touched_until timestamp with time zone
    default timestamp with time zone '1970-01-01 00:00:00+00' not null;

update submissions set touched_until = coalesce(
    (select max(case when r.completed_at is null then r.expires_at
                     when r.hidden = false then timestamp with time zone '9999-01-01 00:00:00+00' end)
     from reviews r where r.submission_id = submissions.id),
    timestamp with time zone '1970-01-01 00:00:00+00');

-- the untouched reports of a pool in date order: the first is one index probe away
create index ix_submissions_untouched on submissions (course_id, lesson_id, pool_id, status, touched_until, submitted_at, id);
