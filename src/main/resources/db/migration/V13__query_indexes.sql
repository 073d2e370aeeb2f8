-- Indexes the queries need that earlier migrations left out (issue #10). H2 indexes every foreign
-- key by itself; PostgreSQL does not, so these matter there most: without them a lookup by the
-- parent, and every cascading delete of a parent, reads the whole child table.

-- Moderation queue: open flags, oldest first; a review's flags; a submission's trainer feedback.
create index ix_review_flags_open on review_flags (resolved, created_at);
create index ix_review_flags_review on review_flags (review_id);
create index ix_trainer_feedback_submission on trainer_feedback (submission_id, created_at);

-- Discussion panel: the reports of a lesson's posts; deleting a post (account deletion) cascades here.
create index ix_reports_post on discussion_reports (post_id);

-- Gallery: "I'll try this" counts per entry are covered by uk_gallery_try (entry_id, user_id).

-- Certificates: print requests of a certificate (revoking, deleting an account).
create index ix_print_requests_certificate on print_requests (certificate_id);
