-- The audit log (module audit): who did what, when, from which client address, to which subject. Sign-ins, sign-outs,
-- failed sign-ins, account, role and password changes, plan publication and ending, report decisions. A record of a
-- decision is written in the decision's transaction; one of a failed sign-in in its own.
-- No foreign keys: a record outlives the account, plan or report it names.
create table audit_record (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz   not null,
    actor_id       bigint,                 -- the account acting, when known (a failed sign-in has none)
    actor_name     varchar(100),           -- its user name, or the name typed at a failed sign-in; null: the system
    client_address varchar(45),            -- the client's IP address (IPv6 at most 45 characters); null: no request
    kind           varchar(40)   not null, -- audit.AuditKind
    subject_type   varchar(20),            -- USER, PLAN, REPORT
    subject_id     varchar(100),           -- a user name, or a plan's or report's id
    subject_name   varchar(300),           -- what the subject was called then (a plan's title…)
    details        varchar(2000)
);

-- The administrators' page lists newest first, filtered by actor, kind or subject and a date range, over millions of
-- rows: each filter has an index in that order, and the purge deletes by time.
create index audit_record_time_idx on audit_record (occurred_at desc, id desc);
create index audit_record_actor_idx on audit_record (actor_name, occurred_at desc, id desc);
create index audit_record_kind_idx on audit_record (kind, occurred_at desc, id desc);
create index audit_record_subject_idx on audit_record (subject_id, occurred_at desc, id desc);

-- Records are never changed, and none is deleted before it is 180 days old (等保 2.0 level 3 asks that audit records
-- be protected and kept at least six months): the application's own purge keeps at least that long.
create function audit_record_protect() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit records are never changed';
    end if;
    if old.occurred_at > now() - interval '180 days' then
        raise exception 'audit records are kept at least 180 days';
    end if;
    return old;
end;
$$;

create trigger audit_record_protect before update or delete on audit_record
    for each row execute function audit_record_protect();
