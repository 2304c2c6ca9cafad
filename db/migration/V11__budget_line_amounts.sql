-- Budget lines as documents write them: an amount that is not stated (null, never 0), an amount per year
-- (每年…万元), an approximate amount (约), and lines the document names outside the totals it states.
-- See docs/decisions/0006-budget-line-amounts.md.

alter table budget_line alter column amount drop not null;

-- an amount per year for every year of the plan period; such a line has no year of its own
alter table budget_line add column recurring boolean not null default false;
-- 约: the document gives the amount as an approximation
alter table budget_line add column approximate boolean not null default false;
-- false: named by the document but outside the totals it states (e.g. an investment its budget chapter already
-- covers); shown, never added to a total, not reported against
alter table budget_line add column in_totals boolean not null default true;

alter table budget_line add constraint budget_line_recurring_whole_period check (not recurring or year is null);
alter table budget_line add constraint budget_line_approximate_stated check (not approximate or amount is not null);
