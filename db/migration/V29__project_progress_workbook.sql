-- 形象进度 is taken as the reporter states it: above 100 % it is flagged, never refused (issue 18), so the column
-- only keeps it from going below 0.
alter table project_progress drop constraint project_progress_works_percent_check;
alter table project_progress add constraint project_progress_works_percent_check check (works_percent >= 0);

-- Project progress workbooks wait for the reporter's confirmation in the same table as plan workbooks and documents;
-- for them plan_id holds the reporting period and plan_version the version of the unit's report at upload (-1: not
-- started), and result_plan_id the report the confirmation wrote to.
alter table import_preview drop constraint import_preview_kind_check;
alter table import_preview
    add constraint import_preview_kind_check check (kind in ('WORKBOOK', 'DOCUMENT', 'PROGRESS'));
