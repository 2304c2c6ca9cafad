-- The dashboards' heavy part, kept by PostgreSQL (docs/decisions/0014-counted-values.md): for each institution,
-- indicator and year, the latest value of an approved report (approved = true) and the latest value of a submitted,
-- not yet decided report (approved = false). That is all a judgement reads, about a quarter of report_value's rows
-- at province scale, so a plan's figures are built from an index range instead of every value ever reported.
-- The report module refreshes one institution's rows of a plan in the same transaction as every decision
-- (submitted, approved, returned, reopened) with refresh_counted_values; anything that writes reports by SQL
-- (the province generator, demo migrations after this one) calls it when done.
create table counted_value (
    plan_id          bigint         not null references plan (id) on delete cascade,
    indicator_id     bigint         not null references indicator (id) on delete cascade,
    organization_id  bigint         not null references organization (id),
    year             integer        not null,
    approved         boolean        not null,
    period_ends_on   date           not null,
    number_value     numeric(18, 4),
    level_value      varchar(32),
    yes_value        boolean,
    report_id        bigint         not null references report (id) on delete cascade,
    primary key (indicator_id, organization_id, year, approved)
);
create index counted_value_plan_idx on counted_value (plan_id, organization_id);

-- One institution's rows of a plan made again from its reports; a null institution means all of the plan's and a
-- null plan every plan's. Two decisions on one institution's reports of one plan take turns (the lock), and each
-- statement after the lock sees what the other committed.
create function refresh_counted_values(p_plan bigint, p_organization bigint) returns void
language sql as $$
    select pg_advisory_xact_lock(hashtextextended(
        'counted_value:' || coalesce(p_plan, 0) || ':' || coalesce(p_organization, 0), 0));
    delete from counted_value
    where (p_plan is null or plan_id = p_plan) and (p_organization is null or organization_id = p_organization);
    insert into counted_value (plan_id, indicator_id, organization_id, year, approved, period_ends_on,
                               number_value, level_value, yes_value, report_id)
    select distinct on (x.indicator_id, r.organization_id, extract(year from p.ends_on), r.status = 'APPROVED')
           p.plan_id, x.indicator_id, r.organization_id, extract(year from p.ends_on)::integer,
           r.status = 'APPROVED', p.ends_on, x.number_value, x.level_value, x.yes_value, r.id
    from report_value x
    join report r on r.id = x.report_id
    join reporting_period p on p.id = r.period_id
    where r.status in ('SUBMITTED', 'APPROVED')
      and (x.number_value is not null or x.level_value is not null or x.yes_value is not null)
      and (p_plan is null or p.plan_id = p_plan)
      and (p_organization is null or r.organization_id = p_organization)
    order by x.indicator_id, r.organization_id, extract(year from p.ends_on), r.status = 'APPROVED',
             p.ends_on desc, r.id desc;
$$;

select refresh_counted_values(null, null);
