create table certificates (
    id               uuid          not null primary key,
    code             varchar(32)   not null,
    user_id          uuid          not null,
    course_id        varchar(100)  not null,
    revision         integer       not null,
    cohort_name      varchar(200),
    learner_name     varchar(200)  not null,
    course_title     varchar(300)  not null,
    organisation     varchar(300)  not null,
    wording          varchar(2000) not null,
    hours            integer,
    credits          integer,
    language         varchar(8)    not null,
    completed_on     date          not null,
    facilitator_name varchar(200)  not null,
    issued_at        timestamp with time zone not null,
    issue_reason     varchar(2000),
    status           varchar(20)   not null,
    status_reason    varchar(2000),
    replaced_by      varchar(32),
    version          bigint        not null,
    constraint uk_certificate_code unique (code),
    constraint uk_certificate_revision unique (user_id, course_id, revision)
);
create index ix_certificates_user on certificates (user_id);

create table print_requests (
    id             uuid          not null primary key,
    certificate_id uuid          not null references certificates (id) on delete cascade,
    recipient      varchar(200)  not null,
    address        varchar(1000) not null,
    requested_at   timestamp with time zone not null,
    sent_at        timestamp with time zone
);
