-- Organisation settings (settings module): the name and logo certificates carry. Exactly one row,
-- created here, so the application only ever updates it. Runs on H2 and PostgreSQL.
create table organisation_settings (
    id              integer      not null primary key,
    name            varchar(200) not null,
    logo_media_type varchar(50),
    logo            bytea,
    updated_at      timestamp with time zone not null,
    version         bigint       not null,
    constraint ck_organisation_settings_single check (id = 1)
);

insert into organisation_settings (id, name, updated_at, version) values (1, '', current_timestamp, 0);
