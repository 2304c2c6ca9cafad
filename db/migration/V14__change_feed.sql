-- Shared invalidation between application instances (docs/decisions/0010-shared-invalidation.md): every change that
-- moves what an instance keeps in memory is written here in the changing transaction. The trigger's notice is
-- delivered to the listening instances only when that transaction commits; the rows are what an instance that lost
-- its connection catches up from.
create table change_feed (
    id bigserial primary key,
    topic text not null,
    subject text,
    origin text not null, -- the announcing instance's id
    created_at timestamptz not null default now()
);

create index change_feed_created_at on change_feed (created_at);

create function change_feed_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('plan_tracker_changes', new.id::text);
    return null;
end;
$$;

create trigger change_feed_notify after insert on change_feed
    for each row execute function change_feed_notify();
