create table users (
    id            uuid         not null primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    language      varchar(8)   not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint uk_users_email unique (email)
);

create table user_roles (
    user_id uuid        not null references users (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create index ix_user_roles_role on user_roles (role);
