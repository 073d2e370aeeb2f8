-- Nobody waits (issue 12): bonus reviews, reminders, invitations, and allocation counted in SQL.

-- A review a learner gave beyond their quota, thanked separately and never required.
alter table reviews add column bonus boolean default false not null;

-- Reminders to authors who still owe reviews: how many were sent, and when to look next (null: no more).
alter table submissions add column reminders_sent integer default 0 not null;
alter table submissions add column next_reminder_at timestamp with time zone;

-- One invitation per learner and waiting submission, so the hourly sweep never sends one twice.
create table bonus_invitations (
    id            uuid not null primary key,
    submission_id uuid not null references submissions (id) on delete cascade,
    learner_id    uuid not null,
    course_id     varchar(100) not null,
    lesson_id     varchar(100) not null,
    invited_at    timestamp with time zone not null,
    constraint uk_bonus_invitation unique (submission_id, learner_id)
);
create index ix_bonus_invitations_learner on bonus_invitations (learner_id, course_id, lesson_id, invited_at);

-- Allocation picks among an assignment's submitted reports in a few pools, oldest first on ties.
create index ix_submissions_assignment on submissions (course_id, lesson_id, pool_id, status, submitted_at, id);
-- The sweep: submissions still waiting to be assessed, and reminders that have come due.
create index ix_submissions_waiting on submissions (status, assessed_at);
create index ix_submissions_reminder on submissions (next_reminder_at);
-- Counting a submission's active reviews (and spotting the reviewer's own) from the index alone.
create index ix_reviews_submission_state on reviews (submission_id, reviewer_id, completed_at, expires_at, hidden);
