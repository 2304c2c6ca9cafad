-- Plan workbooks read and waiting for the officer to confirm the import, shared by all instances: the upload may go
-- to one instance and the confirmation to another. The uploaded file is kept and read again where needed (reading is
-- deterministic); the rules it was checked against (owners, statuses) are kept as they were at upload.
create table import_preview (
    token          varchar(64)   primary key,
    user_id        bigint        not null references app_user (id) on delete cascade,
    plan_id        bigint,                          -- the draft whose content the import replaces, or null
    plan_title     varchar(255),
    plan_version   bigint        not null,
    file_name      varchar(255)  not null,
    content        bytea         not null,
    owners         text          not null,          -- JSON array of organisation full names, empty: any
    statuses       text          not null,          -- JSON array of the plan statuses the import may have
    state          varchar(8)    not null default 'WAITING' check (state in ('WAITING', 'SAVING', 'DONE')),
    result_plan_id bigint,                          -- the plan a confirmed import saved
    created_at     timestamptz   not null default now(),
    expires_at     timestamptz   not null
);
create index import_preview_user_idx on import_preview (user_id, created_at);
create index import_preview_expiry_idx on import_preview (expires_at);
