-- Lesson discussions: a thread is a post without a parent; replies hang under their thread.
create table discussion_posts (
    id          uuid           not null primary key,
    course_id   varchar(100)   not null,
    lesson_id   varchar(100)   not null,
    cohort_id   uuid           not null,
    thread_id   uuid,
    author_id   uuid           not null,
    body        varchar(20000) not null,
    created_at  timestamp with time zone not null,
    edited_at   timestamp with time zone,
    deleted     boolean        not null,
    hidden      boolean        not null,
    pinned      boolean        not null,
    locked      boolean        not null,
    last_activity_at timestamp with time zone not null,
    version     bigint         not null
);
create index ix_posts_lesson on discussion_posts (course_id, lesson_id, cohort_id, thread_id);
create index ix_posts_thread on discussion_posts (thread_id);

create table discussion_reactions (
    post_id  uuid        not null references discussion_posts (id) on delete cascade,
    user_id  uuid        not null,
    kind     varchar(20) not null,
    primary key (post_id, user_id, kind)
);

create table discussion_reports (
    id           uuid          not null primary key,
    post_id      uuid          not null references discussion_posts (id) on delete cascade,
    reporter_id  uuid          not null,
    reason       varchar(1000) not null,
    created_at   timestamp with time zone not null,
    resolved_at  timestamp with time zone,
    resolved_by  uuid
);
create index ix_reports_open on discussion_reports (resolved_at, post_id);

create table discussion_moderation (
    id        uuid          not null primary key,
    post_id   uuid          not null references discussion_posts (id) on delete cascade,
    actor_id  uuid          not null,
    action    varchar(20)   not null,
    reason    varchar(1000),
    at        timestamp with time zone not null
);
create index ix_moderation_post on discussion_moderation (post_id);

-- In-app notifications, worded when read (kind + arguments), and what each person wants.
create table notifications (
    id            uuid          not null primary key,
    recipient_id  uuid          not null,
    kind          varchar(30)   not null,
    link          varchar(500)  not null,
    args          varchar(2000) not null,
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone,
    emailed_at    timestamp with time zone
);
create index ix_notifications_recipient on notifications (recipient_id, read_at);
create index ix_notifications_digest on notifications (emailed_at, read_at);

create table notification_settings (
    user_id   uuid        not null,
    kind      varchar(30) not null,
    in_app    boolean     not null,
    by_email  boolean     not null,
    primary key (user_id, kind)
);
