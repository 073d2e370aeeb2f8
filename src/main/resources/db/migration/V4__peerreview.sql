create table review_pools (
    id        varchar(300) not null primary key,
    version   bigint       not null
);

create table submissions (
    id               uuid          not null primary key,
    course_id        varchar(100)  not null,
    lesson_id        varchar(100)  not null,
    pool_id          varchar(300)  not null,
    author_id        uuid          not null,
    title            varchar(300)  not null,
    body             varchar(100000) not null,
    status           varchar(20)   not null,
    created_at       timestamp with time zone not null,
    submitted_at     timestamp with time zone,
    assessed_at      timestamp with time zone,
    override_reason  varchar(2000),
    version          bigint        not null,
    constraint uk_submission unique (course_id, lesson_id, author_id)
);
create index ix_submissions_pool on submissions (pool_id, status);

create table attachments (
    id            uuid          not null primary key,
    submission_id uuid          not null references submissions (id) on delete cascade,
    file_name     varchar(200)  not null,
    media_type    varchar(200)  not null,
    size_bytes    bigint        not null,
    storage_key   varchar(200)  not null,
    sha256        varchar(64)   not null,
    uploaded_at   timestamp with time zone not null
);
create index ix_attachments_submission on attachments (submission_id);

create table reviews (
    id            uuid          not null primary key,
    submission_id uuid          not null references submissions (id) on delete cascade,
    reviewer_id   uuid          not null,
    by_trainer    boolean       not null,
    allocated_at  timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    completed_at  timestamp with time zone,
    what_works    varchar(5000),
    idea_to_try   varchar(5000),
    comment_text  varchar(5000),
    hidden        boolean       not null,
    helpful       boolean,
    version       bigint        not null
);
create index ix_reviews_submission on reviews (submission_id);
create index ix_reviews_reviewer on reviews (reviewer_id);

create table review_levels (
    review_id    uuid         not null references reviews (id) on delete cascade,
    criterion_id varchar(100) not null,
    level        integer      not null,
    primary key (review_id, criterion_id)
);

create table review_flags (
    id         uuid          not null primary key,
    review_id  uuid          not null references reviews (id) on delete cascade,
    flagger_id uuid          not null,
    reason     varchar(2000) not null,
    created_at timestamp with time zone not null,
    resolved   boolean       not null
);

create table trainer_feedback (
    id            uuid           not null primary key,
    submission_id uuid           not null references submissions (id) on delete cascade,
    author_id     uuid           not null,
    author_name   varchar(200)   not null,
    body          varchar(20000) not null,
    created_at    timestamp with time zone not null
);

create table moderation_events (
    id            uuid          not null primary key,
    submission_id uuid          not null references submissions (id) on delete cascade,
    review_id     uuid,
    actor_id      uuid          not null,
    actor_name    varchar(200)  not null,
    action        varchar(40)   not null,
    reason        varchar(2000),
    created_at    timestamp with time zone not null
);
create index ix_moderation_submission on moderation_events (submission_id);
