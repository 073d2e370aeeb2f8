-- One-time links for resetting a forgotten password. Only a SHA-256 hash of the token is kept,
-- so a copy of the database gives no working link.
create table password_reset_tokens (
    id          uuid        not null primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint uk_password_reset_tokens_hash unique (token_hash)
);

create index ix_password_reset_tokens_user on password_reset_tokens (user_id);
