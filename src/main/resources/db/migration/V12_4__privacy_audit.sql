-- The audit log (accounts module): who did what to whom and when. Rows are only ever inserted;
-- ids and an action code, plus the actor's name at the time, never the personal text itself.
-- Runs on H2 and PostgreSQL.
create table audit_log (
    id          uuid          not null primary key,
    at          timestamp with time zone not null,
    actor_id    uuid,
    actor_name  varchar(200)  not null,
    action      varchar(60)   not null,
    subject_id  uuid,
    detail      varchar(500)
);
create index ix_audit_log_at on audit_log (at);
create index ix_audit_log_actor on audit_log (actor_id, at);
create index ix_audit_log_subject on audit_log (subject_id, at);
create index ix_audit_log_action on audit_log (action, at);
