-- Single sign-on (issue 9): which identity at which OpenID Connect provider is which Polku account.
-- Linked on the first sign-in by verified e-mail; later sign-ins find the account by issuer and
-- subject alone, so a changed address at the provider still reaches the same account.
-- One identity per provider and account, so no second person at the same provider can take it over.
create table sso_identities (
    id        uuid         not null primary key,
    issuer    varchar(500) not null,
    subject   varchar(255) not null,
    user_id   uuid         not null references users (id) on delete cascade,
    linked_at timestamp with time zone not null,
    constraint uk_sso_identities_subject unique (issuer, subject),
    constraint uk_sso_identities_user unique (user_id, issuer)
);
