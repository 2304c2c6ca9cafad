-- API writes (POST and PUT under /api/v1) with an Idempotency-Key header: the first answer to each caller's key, so
-- that a retry after a lost answer gets that answer again instead of doing the write twice. A row without a status
-- is a request still being handled. Rows expire after a day; a scheduled job deletes them.
create table idempotency_key (
    username      varchar(64)   not null,
    key           varchar(255)  not null,
    request_hash  char(64)      not null,
    status        integer,
    content_type  varchar(255),
    body          bytea,
    created_at    timestamptz   not null default now(),
    expires_at    timestamptz   not null,
    primary key (username, key)
);
create index idempotency_key_expires_idx on idempotency_key (expires_at);
