-- The import previews table also keeps plan documents (.docx, .doc, PDF, text) waiting for the planner's review and
-- confirmation; the kind tells them from plan workbooks, so that a token of one is never confirmed as the other.
alter table import_preview
    add column kind varchar(16) not null default 'WORKBOOK' check (kind in ('WORKBOOK', 'DOCUMENT'));
