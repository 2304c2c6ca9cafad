-- Admin at province scale (issue 14, item 11): 2,000 institutions and their accounts are searched by any part of a name,
-- and a region's code can be corrected by an administrator.

-- Trigram indexes serve "name contains …" (ilike '%…%') for Chinese and Latin text alike; pg_trgm is a trusted
-- extension (PostgreSQL 13+), so the owner of the database may create it.
create extension if not exists pg_trgm;

create index organization_name_trgm_idx on organization using gin (name gin_trgm_ops);
create index organization_kind_idx on organization (kind);
create index app_user_username_trgm_idx on app_user using gin (username gin_trgm_ops);
create index app_user_display_name_trgm_idx on app_user using gin (display_name gin_trgm_ops);
create index app_user_role_idx on app_user (role);

-- A corrected division code follows into everything that names the region.
alter table region drop constraint region_parent_code_fkey,
    add constraint region_parent_code_fkey foreign key (parent_code) references region (code) on update cascade;
alter table organization drop constraint organization_region_code_fkey,
    add constraint organization_region_code_fkey foreign key (region_code) references region (code) on update cascade;
alter table plan_coverage drop constraint plan_coverage_region_code_fkey,
    add constraint plan_coverage_region_code_fkey foreign key (region_code) references region (code) on update cascade;
create index region_parent_idx on region (parent_code);
