-- What a planner decided on a plan document's review page, kept beside the waiting document (import_preview, kind
-- DOCUMENT) so that a review can go on over several requests and instances: per top-level section whether it was
-- accepted or dropped, which of its items were accepted and what was edited (JSON, see documentimport/ReviewState).
-- It goes when the waiting document goes.
create table document_review (
    token      varchar(64) primary key references import_preview (token) on delete cascade,
    state      text        not null,
    updated_at timestamptz not null default now()
);
