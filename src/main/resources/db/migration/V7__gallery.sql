-- The gallery of experiments: entries, their tags, comments and "I'll try this" marks.
create table gallery_entries (
    id             uuid           not null primary key,
    course_id      varchar(100)   not null,
    author_id      uuid           not null,
    kind           varchar(20)    not null,
    submission_id  uuid,
    title          varchar(300)   not null,
    body           varchar(100000) not null,
    visibility     varchar(20)    not null,
    share_token    varchar(64),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    withdrawn_at   timestamp with time zone,
    version        bigint         not null,
    constraint uk_gallery_share_token unique (share_token)
);
create index ix_gallery_entries_course on gallery_entries (course_id, created_at);
create index ix_gallery_entries_submission on gallery_entries (submission_id);

create table gallery_tags (
    entry_id  uuid         not null references gallery_entries (id) on delete cascade,
    category  varchar(20)  not null,
    tag       varchar(40)  not null,
    primary key (entry_id, category, tag)
);
create index ix_gallery_tags_tag on gallery_tags (category, tag);

create table gallery_comments (
    id          uuid          not null primary key,
    entry_id    uuid          not null references gallery_entries (id) on delete cascade,
    author_id   uuid          not null,
    body        varchar(5000) not null,
    created_at  timestamp with time zone not null,
    hidden_by   uuid,
    hidden_at   timestamp with time zone,
    version     bigint        not null
);
create index ix_gallery_comments_entry on gallery_comments (entry_id, created_at);

create table gallery_tries (
    id          uuid    not null primary key,
    entry_id    uuid    not null references gallery_entries (id) on delete cascade,
    user_id     uuid    not null,
    created_at  timestamp with time zone not null,
    constraint uk_gallery_try unique (entry_id, user_id)
);
