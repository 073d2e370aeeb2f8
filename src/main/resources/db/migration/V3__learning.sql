alter table users add column school varchar(200);
alter table users add column invited boolean default false not null;

create table cohorts (
    id             uuid          not null primary key,
    course_id      varchar(100)  not null,
    name           varchar(200)  not null,
    starts_on      date          not null,
    ends_on        date          not null,
    enrolment_key  varchar(100),
    capacity       integer,
    created_at     timestamp with time zone not null,
    version        bigint        not null
);
create index ix_cohorts_course on cohorts (course_id);

create table cohort_facilitators (
    cohort_id uuid not null references cohorts (id) on delete cascade,
    user_id   uuid not null,
    primary key (cohort_id, user_id)
);
create index ix_cohort_facilitators_user on cohort_facilitators (user_id);

create table enrolments (
    id               uuid         not null primary key,
    cohort_id        uuid         not null references cohorts (id) on delete cascade,
    course_id        varchar(100) not null,
    user_id          uuid         not null,
    enrolled_at      timestamp with time zone not null,
    last_activity_at timestamp with time zone not null,
    last_lesson_id   varchar(100),
    completed_at     timestamp with time zone,
    version          bigint       not null,
    constraint uk_enrolment_course_user unique (course_id, user_id)
);
create index ix_enrolments_cohort on enrolments (cohort_id);
create index ix_enrolments_user on enrolments (user_id);

create table lesson_progress (
    enrolment_id uuid         not null references enrolments (id) on delete cascade,
    lesson_id    varchar(100) not null,
    completed_at timestamp with time zone not null,
    primary key (enrolment_id, lesson_id)
);

create table reflections (
    enrolment_id uuid           not null references enrolments (id) on delete cascade,
    lesson_id    varchar(100)   not null,
    text         varchar(20000) not null,
    updated_at   timestamp with time zone not null,
    primary key (enrolment_id, lesson_id)
);

create table survey_responses (
    id           uuid         not null primary key,
    enrolment_id uuid         not null references enrolments (id) on delete cascade,
    lesson_id    varchar(100) not null,
    chosen_theme varchar(100),
    own_theme    varchar(500),
    submitted_at timestamp with time zone not null
);
create index ix_survey_responses on survey_responses (enrolment_id, lesson_id, submitted_at);

create table survey_answers (
    response_id uuid          not null references survey_responses (id) on delete cascade,
    question_id varchar(100)  not null,
    answer      varchar(5000) not null,
    primary key (response_id, question_id)
);

create table plan_versions (
    id           uuid         not null primary key,
    enrolment_id uuid         not null references enrolments (id) on delete cascade,
    lesson_id    varchar(100) not null,
    version_no   integer      not null,
    saved_at     timestamp with time zone not null,
    constraint uk_plan_version unique (enrolment_id, lesson_id, version_no)
);

create table plan_fields (
    plan_version_id uuid           not null references plan_versions (id) on delete cascade,
    field_id        varchar(100)   not null,
    field_value     varchar(20000) not null,
    primary key (plan_version_id, field_id)
);

create table plan_comments (
    id              uuid          not null primary key,
    plan_version_id uuid          not null references plan_versions (id) on delete cascade,
    author_id       uuid          not null,
    author_name     varchar(200)  not null,
    text            varchar(5000) not null,
    created_at      timestamp with time zone not null
);
create index ix_plan_comments_version on plan_comments (plan_version_id);

create table sparring_groups (
    id        uuid         not null primary key,
    cohort_id uuid         not null references cohorts (id) on delete cascade,
    name      varchar(100) not null
);

create table sparring_members (
    group_id     uuid not null references sparring_groups (id) on delete cascade,
    enrolment_id uuid not null references enrolments (id) on delete cascade,
    primary key (group_id, enrolment_id),
    constraint uk_sparring_member unique (enrolment_id)
);

create table session_schedules (
    id        uuid          not null primary key,
    cohort_id uuid          not null references cohorts (id) on delete cascade,
    lesson_id varchar(100)  not null,
    starts_at timestamp with time zone not null,
    ends_at   timestamp with time zone not null,
    place     varchar(300),
    link      varchar(1000),
    constraint uk_session_schedule unique (cohort_id, lesson_id)
);

create table attendance (
    group_id     uuid         not null references sparring_groups (id) on delete cascade,
    lesson_id    varchar(100) not null,
    enrolment_id uuid         not null references enrolments (id) on delete cascade,
    present      boolean      not null,
    primary key (group_id, lesson_id, enrolment_id)
);

create table session_notes (
    group_id   uuid           not null references sparring_groups (id) on delete cascade,
    lesson_id  varchar(100)   not null,
    text       varchar(20000) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(200)   not null,
    primary key (group_id, lesson_id)
);
