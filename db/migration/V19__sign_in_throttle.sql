-- Sign-in throttling per account and address, and per address (issue 15): wrong passwords no longer lock an account
-- for everyone; they slow down the address they come from, for that account and, beyond a larger count, for all.
-- Several instances share these rows, so every instance applies the same delays.
create table sign_in_throttle (
    -- ACCOUNT: wrong passwords for one typed name from one address; ADDRESS: for every name from one address
    scope            varchar(8)   not null check (scope in ('ACCOUNT', 'ADDRESS')),
    -- the typed user name in lower case, cut to 64 characters (whether or not such an account exists); '' for ADDRESS
    username         varchar(64)  not null,
    -- the client address as the servlet container saw it (request.getRemoteAddr())
    address          varchar(64)  not null,
    -- wrong passwords since the row was last forgotten (a successful sign-in, an administrator, or a quiet day)
    failures         integer      not null,
    last_failure_at  timestamptz  not null,
    -- no attempt is checked before this time
    throttled_until  timestamptz,
    primary key (scope, username, address)
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure_at);
create index sign_in_throttle_username_idx on sign_in_throttle (username) where scope = 'ACCOUNT';

-- The account-wide lock is gone with its columns.
alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;

-- Set when an administrator sets the password: the user must choose their own before doing anything else.
alter table app_user add column password_change_required boolean not null default false;
