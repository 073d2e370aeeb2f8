-- School self-assessment (schools module): rounds run by a learner, one response per answer link.
create table self_assessment_rounds (
    id            uuid          not null primary key,
    course_id     varchar(100)  not null,
    lesson_id     varchar(100)  not null,
    owner_id      uuid          not null,
    round_number  integer       not null,
    school        varchar(300)  not null,
    started_at    timestamp with time zone not null,
    closed_at     timestamp with time zone,
    version       bigint        not null,
    constraint uk_self_assessment_round unique (owner_id, course_id, lesson_id, round_number)
);
create index ix_self_assessment_rounds_lesson on self_assessment_rounds (course_id, lesson_id);

create table self_assessment_responses (
    id              uuid          not null primary key,
    round_id        uuid          not null references self_assessment_rounds (id) on delete cascade,
    token           varchar(64)   not null,
    own             boolean       not null,
    colleague_name  varchar(200),
    colleague_email varchar(320),
    created_at      timestamp with time zone not null,
    answered_at     timestamp with time zone,
    version         bigint        not null,
    constraint uk_self_assessment_token unique (token)
);
create index ix_self_assessment_responses_round on self_assessment_responses (round_id);

-- rating 0 is "don't know"
create table self_assessment_ratings (
    response_id   uuid          not null references self_assessment_responses (id) on delete cascade,
    statement_id  varchar(100)  not null,
    rating        integer       not null,
    primary key (response_id, statement_id),
    constraint ck_self_assessment_rating check (rating between 0 and 5)
);

create table self_assessment_comments (
    response_id   uuid          not null references self_assessment_responses (id) on delete cascade,
    area_id       varchar(100)  not null,
    comment_text  varchar(2000) not null,
    primary key (response_id, area_id)
);
