-- Technology-kit lending (schools module). Runs on H2 and PostgreSQL.
create table kits (
    id          uuid          not null primary key,
    name        varchar(200)  not null,
    contents    varchar(5000) not null,
    quantity    integer       not null,
    guide       varchar(50000) not null,
    retired     boolean       not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null,
    constraint ck_kits_quantity check (quantity >= 1)
);

-- One photo a kit, beside it in the database (a few MB at most; see KitPhotoFile).
create table kit_photos (
    kit_id      uuid          not null primary key references kits (id) on delete cascade,
    media_type  varchar(50)   not null,
    content     bytea         not null,
    uploaded_at timestamp with time zone not null
);

create table kit_bookings (
    id           uuid          not null primary key,
    kit_id       uuid          not null references kits (id),
    learner_id   uuid          not null,
    school       varchar(200)  not null,
    note         varchar(2000) not null,
    first_day    date          not null,
    last_day     date          not null,
    status       varchar(20)   not null,
    reason       varchar(2000),
    requested_at timestamp with time zone not null,
    decided_by   uuid,
    changed_at   timestamp with time zone not null,
    version      bigint        not null,
    constraint ck_kit_bookings_period check (first_day <= last_day)
);
create index ix_kit_bookings_kit on kit_bookings (kit_id, status, first_day);
create index ix_kit_bookings_learner on kit_bookings (learner_id, requested_at);
create index ix_kit_bookings_desk on kit_bookings (status, first_day);
