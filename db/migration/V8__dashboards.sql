-- Dashboards: how an indicator's values from several institutions roll up to a region or a plan, and the indexes
-- that read values by indicator.

alter table indicator add column aggregation varchar(24)
    check (aggregation in ('SUM', 'AVERAGE', 'WEIGHTED_AVERAGE', 'MINIMUM', 'MAXIMUM', 'COUNT_MEETING',
                           'SHARE_MEETING', 'NONE'));
-- for WEIGHTED_AVERAGE: the indicator of the same plan whose values weigh each institution's value
alter table indicator add column aggregation_weight_id bigint references indicator (id) on delete set null;

create index report_value_indicator_idx on report_value (indicator_id);
create index report_status_idx on report (status);
