-- Province-scale benchmark data (南岭省, a fictitious province with region codes 99xxxx) for an empty database that
-- Flyway has migrated (db/migration only, no demo data). Run by db/scale/generate.sh; never by the test suite.
--
-- Set-based and deterministic: every "random" choice is a hash of stable keys (hashint8extended), so a rerun on the
-- same PostgreSQL major version gives the same rows with the same ids. Ids are set explicitly (dense where a table
-- has a fixed number of rows per parent) and the identity sequences are moved past them at the end.
--
-- What reports where follows PlanService.reportingScope: indicators have no responsible units, so each plan's
-- covered institutions (plan_coverage.organization_id) report every indicator; milestones and budget lines hang on
-- the plan's goal areas, whose responsible units are the same covered institutions, so those institutions report
-- milestone progress and spending too (the owner bureau reports nothing).

\set ON_ERROR_STOP 1
set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set jit = off;
set timezone = 'Asia/Shanghai';

-- A uniform number in [0, 1) from a key and a salt.
create function pg_temp.rnd(k bigint, salt int) returns double precision
    language sql immutable parallel safe
    as $$ select (hashint8extended($1, $2) & 2147483647)::double precision / 2147483648.0 $$;

-- The demo accounts' argon2id hash of Demo@2026 (db/demo/V1_1__demo_organisations_and_accounts.sql, account admin).
create temp table t_const as
select '$argon2id$v=19$m=16384,t=2,p=1$NF7OVSJfBIbM5nBwJ1pkBQ$hs5tRfCX++KeZWPfVhT+e7qF1jI4eqDH1o6dJoWmTXA'::text as password_hash,
       '南岭省'::text as province,
       '990000'::text as province_code;

\echo '== regions'
create temp table t_city as
select c,
       '99' || lpad(c::text, 2, '0') || '00' as code,
       (array['岭州', '云阳', '临江', '青川', '南浦', '东陵', '安平', '宁远', '通海', '瑞溪',
              '清河', '平阳', '桂阳', '梅岭', '龙泉', '凤鸣', '石门', '白沙', '金溪', '玉山'])[c] || '市' as name
from generate_series(1, 20) c;

-- 150 counties: cities 1-10 have 8, cities 11-20 have 7; the first of each city is a district (区), the last one of
-- an even-numbered city a county-level city (市), the others counties (县).
create temp table t_county as
with base as (
    select k,
           case when k <= 80 then (k - 1) / 8 + 1 else 10 + (k - 81) / 7 + 1 end as city,
           case when k <= 80 then (k - 1) % 8 + 1 else (k - 81) % 7 + 1 end as idx,
           case when k <= 80 then 8 else 7 end as in_city,
           (array['长', '永', '新', '万', '德', '丰', '兴', '和', '广', '泰', '福', '嘉', '康', '乐', '恒'])[(k - 1) / 10 + 1]
               || (array['宁', '安', '平', '阳', '源', '川', '山', '江', '城', '化'])[(k - 1) % 10 + 1] as stem
    from generate_series(1, 150) k
)
select k, city, idx, stem || suffix as name, suffix,
       '99' || lpad(city::text, 2, '0')
           || case suffix when '区' then '02' when '市' then '81' else lpad((20 + idx)::text, 2, '0') end as code
from (select b.*,
             case when idx = 1 then '区' when idx = in_city and city % 2 = 0 then '市' else '县' end as suffix
      from base b) s;

insert into region (code, name, level, parent_code)
select province_code, province, 'PROVINCE', null::text from t_const
union all
select code, name, 'CITY', '990000' from t_city
union all
select t.code, t.name, 'COUNTY', c.code from t_county t join t_city c on c.c = t.city;

\echo '== organisations: bureaus (ids 1-171) and 2,000 institutions (ids 1001-3000)'
-- Bureaus: province 1, city c -> 1 + c, county k -> 21 + k.
insert into organization (id, name, kind, region_code, parent_id, grade)
select 1, '南岭省卫生健康委员会', 'HEALTH_BUREAU', '990000', null::bigint, null::text
union all
select 1 + c, name || '卫生健康委员会', 'HEALTH_BUREAU', code, null, null from t_city
union all
select 21 + k, name || '卫生健康局', 'HEALTH_BUREAU', code, null, null from t_county;

-- Institutions n = 1..2000 (organisation id 1000 + n):
--   1-6 provincial hospitals (in the capital 岭州市), 7-86 four city hospitals per city, 87-536 three county hospitals
--   per county (人民医院, 中医院, 妇幼保健院), 537-2000 township health centres, community health centres, private
--   and specialty hospitals spread over the counties (9 or 10 per county).
create temp table t_inst as
with slots as (
    select n, null::int as county, 1 as city, 'PROVINCIAL' as tier, n - 1 as j from generate_series(1, 6) n
    union all
    select n, null, (n - 7) / 4 + 1, 'CITY', (n - 7) % 4 from generate_series(7, 86) n
    union all
    select n, (n - 87) / 3 + 1, null, 'COUNTY', (n - 87) % 3 from generate_series(87, 536) n
    union all
    select n, (n - 537) % 150 + 1, null, 'BASE', (n - 537) / 150 from generate_series(537, 2000) n
),
named as (
    select s.n, s.tier, s.j, s.county,
           coalesce(s.city, t.city) as city,
           coalesce(t.code, c.code) as region_code,
           t.name as county_name, t.suffix, c.name as city_name,
           (array['城关', '石桥', '新塘', '龙口', '大坪', '清溪', '白石', '黄田', '松岗', '杨柳',
                  '沙河', '东坑', '马山', '青龙', '太平', '高桥', '桃源', '梅林', '莲塘', '金山',
                  '古城', '三江', '双河', '长岭', '水口', '凤凰', '上林', '下洞', '横江', '竹园'])
               [((coalesce(s.county, 0) * 7 + s.j * 11) % 30) + 1] as town,
           (array['康华', '仁爱', '博爱', '华康', '惠民', '安康', '同仁', '济民', '和美', '德信'])
               [coalesce(s.county, 0) % 10 + 1] as private_name
    from slots s
    left join t_county t on t.k = s.county
    left join t_city c on c.c = coalesce(s.city, t.city)
)
select n, 1000 + n as id, tier, j, county, city, region_code,
       case tier
           when 'PROVINCIAL' then (array['南岭省人民医院', '南岭省中医院', '南岭省妇幼保健院', '南岭省第二人民医院',
                                         '南岭省肿瘤医院', '南岭省儿童医院'])[j + 1]
           when 'CITY' then city_name || (array['人民医院', '中医院', '妇幼保健院', '第二人民医院'])[j + 1]
           when 'COUNTY' then county_name || (array['人民医院', '中医院', '妇幼保健院'])[j + 1]
           else case
               when j = 6 then county_name || private_name || '医院'
               when j = 7 and county % 2 = 0 then county_name || '第二人民医院'
               when j = 7 then county_name || '精神卫生中心'
               when suffix = '区' then county_name || town || '街道社区卫生服务中心'
               else county_name || town || '镇卫生院' end
       end as name,
       case tier
           when 'PROVINCIAL' then (array['GENERAL_HOSPITAL', 'TCM_HOSPITAL', 'MATERNAL_CHILD_HOSPITAL', 'GENERAL_HOSPITAL',
                                         'SPECIALTY_HOSPITAL', 'SPECIALTY_HOSPITAL'])[j + 1]
           when 'CITY' then (array['GENERAL_HOSPITAL', 'TCM_HOSPITAL', 'MATERNAL_CHILD_HOSPITAL', 'GENERAL_HOSPITAL'])[j + 1]
           when 'COUNTY' then (array['GENERAL_HOSPITAL', 'TCM_HOSPITAL', 'MATERNAL_CHILD_HOSPITAL'])[j + 1]
           else case
               when j = 6 then 'PRIVATE_HOSPITAL'
               when j = 7 and county % 2 = 0 then 'GENERAL_HOSPITAL'
               when j = 7 then 'SPECIALTY_HOSPITAL'
               when suffix = '区' then 'COMMUNITY_HEALTH_CENTER'
               else 'TOWNSHIP_HEALTH_CENTER' end
       end as kind,
       case tier
           when 'PROVINCIAL' then '三级甲等'
           when 'CITY' then case when j = 0 or (j = 1 and city % 2 = 1) then '三级甲等' else '三级乙等' end
           when 'COUNTY' then case when j = 0 and county % 5 = 0 then '三级乙等' when j = 2 then '二级乙等' else '二级甲等' end
           else case
               when j = 6 then case when county % 3 = 0 then '二级乙等' else '一级甲等' end
               when j = 7 then '二级乙等'
               when (county + j) % 3 = 0 then null
               when (county + j) % 3 = 1 then '一级甲等'
               else '一级乙等' end
       end as grade,
       -- the reviewer who decides its reports: its county's bureau, else its city's
       case when county is not null then 100 + county else 10 + city end as reviewer_id
from named;

insert into organization (id, name, kind, region_code, parent_id, grade)
select id, name, kind, region_code, null, grade from t_inst order by id;

\echo '== accounts (password Demo@2026)'
-- ids: scale-admin 1, scale-province 2, scale-city-c 10 + c, scale-county-k 100 + k, planners 300 + ...,
-- scale-hospital-n 1000 + n (= the institution's organisation id).
create temp table t_user as
select 1 as id, 'scale-admin' as username, 'ADMIN' as role, 1 as organization_id
union all select 2, 'scale-province', 'VIEWER', 1
union all select 10 + c, 'scale-city-' || c, 'REVIEWER', 1 + c from generate_series(1, 20) c
union all select 100 + k, 'scale-county-' || k, 'REVIEWER', 21 + k from generate_series(1, 150) k
union all select 301, 'scale-planner-province', 'PLANNER', 1
union all select 301 + c, 'scale-planner-city-' || c, 'PLANNER', 1 + c from generate_series(1, 6) c
union all select 307 + p, 'scale-planner-county-' || (5 + 12 * (p - 1)), 'PLANNER', 21 + 5 + 12 * (p - 1)
          from generate_series(1, 12) p
union all select 1000 + n, 'scale-hospital-' || n, 'REPORTER', 1000 + n from generate_series(1, 2000) n;

insert into app_user (id, username, password_hash, display_name, role, organization_id, demo_password)
select u.id, u.username, k.password_hash,
       (array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙',
              '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋'])[(u.id * 7) % 24 + 1]
           || (array['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛',
                     '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '文', '华', '红', '志强', '海燕', '晓东', '丹'])
               [(u.id * 13) % 30 + 1],
       u.role, u.organization_id,
       -- true: these accounts share a published password; see README.md on starting the application
       true
from t_user u cross join t_const k
order by u.id;

\echo '== plans, goals, coverage'
-- Plans 1-2 province-wide, 3-8 city plans (cities 1-6), 9-20 county plans (counties 5, 17, ..., 137).
create temp table t_plan as
select p,
       case when p <= 2 then 'PROVINCE' when p <= 8 then 'CITY' else 'COUNTY' end as level,
       case when p between 3 and 8 then p - 2 end as city,
       case when p >= 9 then 5 + 12 * (p - 9) end as county
from generate_series(1, 20) p;
alter table t_plan add column owner_id int, add column planner_id int, add column title text, add column issuer text,
    add column summary text;
update t_plan set owner_id = 1, planner_id = 301,
       issuer = '南岭省卫生健康委员会',
       title = case p when 1 then '南岭省县级医院综合能力提升工程实施方案（2021—2025年）'
                      else '南岭省推动公立医院高质量发展行动计划（2021—2025年）' end,
       summary = case p when 1 then '以县级人民医院和县级中医院为重点，全面提升县级医院综合能力，力争到2025年县域内住院率达到90%以上。'
                        else '推动全省二级以上公立医院高质量发展，构建优质高效的整合型医疗卫生服务体系。' end
where level = 'PROVINCE';
update t_plan t set owner_id = 1 + t.city, planner_id = 301 + t.city,
       issuer = c.name || '人民政府',
       title = c.name || '“十四五”卫生健康事业发展规划',
       summary = '围绕' || c.name || '“十四五”时期卫生健康事业发展目标，提升市县两级医疗服务能力和公共卫生服务水平。'
from t_city c where c.c = t.city;
update t_plan t set owner_id = 21 + t.county, planner_id = 307 + (t.p - 8),
       issuer = k.name || '人民政府',
       title = k.name || '推动公立医院高质量发展实施方案（2021—2025年）',
       summary = '推动' || k.name || '公立医院高质量发展，做强县级医院，做实医共体，筑牢基层网底。'
from t_county k where k.k = t.county;

insert into plan (id, plan_key, title, issuer, owner_organization_id, status, start_year, end_year, issued_on, summary,
                  created_at, updated_at)
select p, 'scale-' || lpad(p::text, 2, '0'), title, issuer, owner_id, 'PUBLISHED', 2021, 2025,
       date '2021-03-01' + p * 5, summary,
       (date '2021-02-20' + p * 5)::timestamp + time '09:30', (date '2021-03-01' + p * 5)::timestamp + time '16:00'
from t_plan order by p;

-- position is the 0-based @OrderColumn of Plan.basisDocuments
insert into plan_basis_document (plan_id, position, title, number)
select p, 0, '国务院办公厅关于推动公立医院高质量发展的意见', '国办发〔2021〕18号' from t_plan
union all
select p, 1, '“十四五”优质高效医疗卫生服务体系建设实施方案', '发改社会〔2021〕893号' from t_plan;

-- Covered (reporting) institutions of each plan.
create temp table t_cov as
select t.p as plan_id, i.id as organization_id
from t_plan t
join t_inst i on case t.level
    when 'PROVINCE' then case t.p
        when 1 then i.tier = 'COUNTY' and i.j in (0, 1)
        else i.tier in ('PROVINCIAL', 'CITY') or (i.tier = 'COUNTY' and (i.j = 0 or (i.j = 2 and i.county % 2 = 1))) end
    when 'CITY' then i.city = t.city and i.tier <> 'PROVINCIAL'
    else i.county = t.county end;
create index on t_cov (plan_id);
analyze t_cov;

insert into plan_coverage (id, plan_id, organization_id, region_code)
select row_number() over (order by plan_id, organization_id), plan_id, organization_id, null
from t_cov order by plan_id, organization_id;

create temp table t_area as
select * from (values
    (1, '一、', '提升医疗服务能力', '服务能力',
        array['（一）加强急诊急救能力建设', '（二）推进临床专科建设', '（三）优化医疗服务流程', '（四）提高县域就诊率']),
    (2, '二、', '保障医疗质量与安全', '质量安全',
        array['（一）健全质量管理体系', '（二）规范临床诊疗行为', '（三）加强合理用药管理', '（四）强化医院感染防控']),
    (3, '三、', '强化运营管理', '运营管理',
        array['（一）推进全面预算管理', '（二）控制医疗费用不合理增长', '（三）优化收入结构', '（四）建立健全现代医院管理制度']),
    (4, '四、', '加强学科与人才队伍建设', '学科人才',
        array['（一）引进培养高层次人才', '（二）加强住院医师规范化培训', '（三）提升科研创新能力', '（四）加强紧缺专业人才培养']),
    (5, '五、', '推进智慧医院建设', '信息化',
        array['（一）提升电子病历应用水平', '（二）建设互联网医院', '（三）推进信息互联互通', '（四）发展远程医疗']),
    (6, '六、', '提升公共卫生与健康服务水平', '公共卫生',
        array['（一）做实家庭医生签约服务', '（二）加强慢性病管理', '（三）保障妇幼健康', '（四）传承发展中医药'])
) v(area, number, title, category, tasks);

-- Goal ids: plan p, area a -> (p-1)*100 + a; its task s -> (p-1)*100 + 10 + (a-1)*4 + s.
insert into goal (id, plan_id, parent_id, position, number, title, description)
select (t.p - 1) * 100 + a.area, t.p, null, a.area, a.number, a.title, null
from t_plan t cross join t_area a
order by 1;
insert into goal (id, plan_id, parent_id, position, number, title, description)
select (t.p - 1) * 100 + 10 + (a.area - 1) * 4 + s, t.p, (t.p - 1) * 100 + a.area, s,
       substr(a.tasks[s], 1, 3), substr(a.tasks[s], 4), null
from t_plan t cross join t_area a cross join generate_series(1, 4) s
order by 1;

-- The covered institutions are the responsible units of every goal area, so they report its milestones and budget.
insert into responsibility (id, goal_id, indicator_id, organization_id, is_leading, position)
select row_number() over (order by c.plan_id, a.area, c.organization_id),
       (c.plan_id - 1) * 100 + a.area, null, c.organization_id, false,
       row_number() over (partition by c.plan_id, a.area order by c.organization_id)
from t_cov c cross join t_area a;

\echo '== indicators (150 per plan)'
-- Templates: bound forms: GE (≥), YISHANG (以上), BUDIYU (不低于), DADAO (达到), LE (≤), LT (<), KONGZHI (控制在…以内),
-- JIANGZHI (降至…以下), ZUOYOU (左右), RANGE (a~b), XINZENG (新增 d), LEVEL (达到 level), ACH (achievement text).
-- b0 baseline, v0 target (for XINZENG the increase), v2 upper end of a range, dec decimals of reported values,
-- utxt the unit as written in the target text.
create temp table t_tpl (
    tid int, area int, name text, unit text, utxt text, kind text, direction text, form text,
    b0 numeric, v0 numeric, v2 numeric, dec int, scale text, lvl_b text, lvl_t text, ach text, specialty boolean
);
insert into t_tpl values
    -- 1 提升医疗服务能力
    (1, 1, '门诊患者平均预约诊疗率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 45, 70, null, 1, null, null, null, null, false),
    (2, 1, '门诊患者预约后平均等待时间', '分钟', '分钟', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 35, 20, null, 1, null, null, null, null, false),
    (3, 1, '出院患者手术占比', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 22, 30, null, 1, null, null, null, null, false),
    (4, 1, '出院患者四级手术比例', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 12, 18, null, 1, null, null, null, null, false),
    (5, 1, '出院患者微创手术占比', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 15, 25, null, 1, null, null, null, null, false),
    (6, 1, '日间手术占择期手术比例', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 8, 20, null, 1, null, null, null, null, false),
    (7, 1, '县域内住院率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 82, 90, null, 1, null, null, null, null, false),
    (8, 1, '基层医疗卫生机构诊疗量占比', '%', '%', 'PERCENTAGE', 'WITHIN_BAND', 'ZUOYOU', 55, 65, null, 1, null, null, null, null, false),
    (9, 1, '床位使用率', '%', '%', 'PERCENTAGE', 'WITHIN_BAND', 'RANGE', 78, 85, 93, 1, null, null, null, null, false),
    (10, 1, '急诊抢救成功率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'BUDIYU', 93, 97, null, 1, null, null, null, null, false),
    (11, 1, '院前急救平均反应时间', '分钟', '分钟', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 16, 11, null, 1, null, null, null, null, false),
    (12, 1, '急性ST段抬高型心肌梗死再灌注D2B时间', '分钟', '分钟', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 110, 90, null, 0, null, null, null, null, false),
    (13, 1, '急性缺血性脑卒中静脉溶栓DNT时间', '分钟', '分钟', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 75, 60, null, 0, null, null, null, null, false),
    (14, 1, '开展新技术新项目数', '项', '项', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 6, 10, null, 0, null, null, null, null, false),
    (15, 1, '医院等级', null, null, 'LEVEL', 'HIGHER_IS_BETTER', 'LEVEL', null, null, null, 0, 'HOSPITAL_GRADE', '二级乙等', '三级乙等', null, false),
    (16, 1, '胸痛中心建设', null, null, 'YES_NO', 'HIGHER_IS_BETTER', 'ACH', null, null, null, 0, null, null, null, '建成标准化胸痛中心', false),
    (17, 1, '卒中中心建设', null, null, 'YES_NO', 'HIGHER_IS_BETTER', 'ACH', null, null, null, 0, null, null, null, '建成卒中中心', false),
    -- 2 保障医疗质量与安全
    (18, 2, '手术患者并发症发生率', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'LT', 2.1, 1.5, null, 2, null, null, null, null, false),
    (19, 2, 'I类切口手术部位感染率', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'LE', 1.2, 0.8, null, 2, null, null, null, null, false),
    (20, 2, '低风险组病例死亡率', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'LE', 0.08, 0.05, null, 3, null, null, null, null, false),
    (21, 2, '单病种质量控制达标率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 75, 90, null, 1, null, null, null, null, false),
    (22, 2, '临床路径入径率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 40, 60, null, 1, null, null, null, null, false),
    (23, 2, '优质护理服务病房覆盖率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'DADAO', 80, 100, null, 1, null, null, null, null, false),
    (24, 2, '抗菌药物使用强度（DDDs）', null, '', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 46, 40, null, 1, null, null, null, null, false),
    (25, 2, '点评处方占处方总数的比例', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 6, 10, null, 1, null, null, null, null, false),
    (26, 2, '住院患者基本药物使用率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'BUDIYU', 88, 95, null, 1, null, null, null, null, false),
    (27, 2, '国家组织集中采购中标药品使用比例', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 70, 90, null, 1, null, null, null, null, false),
    (28, 2, '大型医用设备检查阳性率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 65, 75, null, 1, null, null, null, null, false),
    (29, 2, '通过室间质量评价的临床检验项目数', '个', '个', 'NUMBER', 'HIGHER_IS_BETTER', 'XINZENG', 40, 10, null, 0, null, null, null, null, false),
    (30, 2, '医疗纠纷发生率', '‰', '‰', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 0.8, 0.5, null, 2, null, null, null, null, false),
    (31, 2, '住院患者跌倒发生率', '‰', '‰', 'NUMBER', 'LOWER_IS_BETTER', 'JIANGZHI', 0.45, 0.3, null, 2, null, null, null, null, false),
    -- 3 强化运营管理
    (32, 3, '医疗服务收入占医疗收入比例', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 28, 35, null, 1, null, null, null, null, false),
    (33, 3, '人员支出占业务支出比重', '%', '%', 'PERCENTAGE', 'WITHIN_BAND', 'ZUOYOU', 38, 45, null, 1, null, null, null, null, false),
    (34, 3, '资产负债率', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'KONGZHI', 58, 50, null, 1, null, null, null, null, false),
    (35, 3, '门诊次均费用增幅', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'LE', 6.5, 5, null, 1, null, null, null, null, false),
    (36, 3, '住院次均费用增幅', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'LE', 7, 5, null, 1, null, null, null, null, false),
    (37, 3, '重点监控药品收入占比', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'JIANGZHI', 9, 5, null, 1, null, null, null, null, false),
    (38, 3, '万元收入能耗支出', '元', '元', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 120, 100, null, 1, null, null, null, null, false),
    (39, 3, '百元医疗收入消耗的卫生材料', '元', '元', 'NUMBER', 'LOWER_IS_BETTER', 'LE', 24, 20, null, 1, null, null, null, null, false),
    (40, 3, '药品收入占医疗收入比例', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'LE', 33, 28, null, 1, null, null, null, null, false),
    (41, 3, '病例组合指数（CMI）', null, '', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 0.85, 1.0, null, 2, null, null, null, null, false),
    (42, 3, '国家公立医院绩效考核等级', null, null, 'LEVEL', 'HIGHER_IS_BETTER', 'LEVEL', null, null, null, 0, 'PERFORMANCE_GRADE', 'B', 'A级', null, false),
    (43, 3, '现代医院管理制度', null, null, 'YES_NO', 'HIGHER_IS_BETTER', 'ACH', null, null, null, 0, null, null, null, '建立健全现代医院管理制度', false),
    -- 4 加强学科与人才队伍建设
    (44, 4, '省级临床重点专科数', '个', '个', 'NUMBER', 'HIGHER_IS_BETTER', 'RANGE', 1, 2, 3, 0, null, null, null, null, false),
    (45, 4, '市级临床重点专科数', '个', '个', 'NUMBER', 'HIGHER_IS_BETTER', 'XINZENG', 3, 2, null, 0, null, null, null, null, false),
    (46, 4, '高级职称卫生技术人员占比', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 15, 20, null, 1, null, null, null, null, false),
    (47, 4, '硕士及以上学历人员占比', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 8, 15, null, 1, null, null, null, null, false),
    (48, 4, '全科医生数', '人', '人', 'NUMBER', 'HIGHER_IS_BETTER', 'XINZENG', 12, 5, null, 0, null, null, null, null, false),
    (49, 4, '引进学科带头人数', '人', '人', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 1, 3, null, 0, null, null, null, null, false),
    (50, 4, '住院医师规范化培训结业考核通过率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'BUDIYU', 85, 95, null, 1, null, null, null, null, false),
    (51, 4, '医师人均科研项目经费', '万元', '万元', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 0.8, 1.5, null, 2, null, null, null, null, false),
    (52, 4, '发表核心期刊论文数', '篇', '篇', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 20, 40, null, 0, null, null, null, null, false),
    (53, 4, '麻醉、儿科、重症、病理、中医医师占比', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 16, 20, null, 1, null, null, null, null, false),
    -- 5 推进智慧医院建设
    (54, 5, '电子病历系统应用水平分级', '级', null, 'LEVEL', 'HIGHER_IS_BETTER', 'LEVEL', null, null, null, 0, 'EMR', '3级', '5级', null, false),
    (55, 5, '智慧服务分级', '级', null, 'LEVEL', 'HIGHER_IS_BETTER', 'LEVEL', null, null, null, 0, 'SMART_SERVICE', '1级', '3级', null, false),
    (56, 5, '医院信息互联互通标准化成熟度', null, null, 'LEVEL', 'HIGHER_IS_BETTER', 'LEVEL', null, null, null, 0, 'INTEROPERABILITY', '三级', '四级甲等', null, false),
    (57, 5, '互联网医院在线诊疗人次', '万人次', '万人次', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 1.2, 5, null, 2, null, null, null, null, false),
    (58, 5, '远程会诊例数', '例', '例', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 120, 300, null, 0, null, null, null, null, false),
    (59, 5, '互联网医院建设', null, null, 'YES_NO', 'HIGHER_IS_BETTER', 'ACH', null, null, null, 0, null, null, null, '建成互联网医院', false),
    (60, 5, '检查检验结果互认', null, null, 'YES_NO', 'HIGHER_IS_BETTER', 'ACH', null, null, null, 0, null, null, null, '实现检查检验结果互认', false),
    (61, 5, '智慧药房建设', null, null, 'YES_NO', 'HIGHER_IS_BETTER', 'ACH', null, null, null, 0, null, null, null, '完成智慧药房建设', false),
    -- 6 提升公共卫生与健康服务水平
    (62, 6, '家庭医生签约服务覆盖率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 35, 45, null, 1, null, null, null, null, false),
    (63, 6, '高血压患者规范管理率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'BUDIYU', 58, 65, null, 1, null, null, null, null, false),
    (64, 6, '2型糖尿病患者规范管理率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 55, 65, null, 1, null, null, null, null, false),
    (65, 6, '孕产妇系统管理率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 86, 90, null, 1, null, null, null, null, false),
    (66, 6, '中医药服务量占比', '%', '%', 'PERCENTAGE', 'WITHIN_BAND', 'ZUOYOU', 22, 30, null, 1, null, null, null, null, false),
    (67, 6, '门诊患者满意度', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 86, 92, null, 1, null, null, null, null, false),
    (68, 6, '住院患者满意度', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 90, 95, null, 1, null, null, null, null, false),
    (69, 6, '医务人员满意度', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'GE', 78, 85, null, 1, null, null, null, null, false),
    (70, 6, '危重孕产妇救治中心建设', null, null, 'YES_NO', 'HIGHER_IS_BETTER', 'ACH', null, null, null, 0, null, null, null, '通过危重孕产妇救治中心评审', false),
    -- specialty templates ({s} = one of 9 clinical specialties): 70 + 8 * 10 = 150 indicators per plan
    (71, 1, '{s}平均住院日', '天', '天', 'NUMBER', 'LOWER_IS_BETTER', 'KONGZHI', 9, 7.5, null, 1, null, null, null, null, true),
    (72, 1, '{s}床位使用率', '%', '%', 'PERCENTAGE', 'WITHIN_BAND', 'RANGE', 80, 85, 95, 1, null, null, null, null, true),
    (73, 1, '{s}疑难危重病例占比', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'YISHANG', 18, 25, null, 1, null, null, null, null, true),
    (74, 2, '{s}低风险组病例死亡率', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'LE', 0.1, 0.05, null, 3, null, null, null, null, true),
    (75, 2, '{s}临床路径入径率', '%', '%', 'PERCENTAGE', 'HIGHER_IS_BETTER', 'BUDIYU', 45, 60, null, 1, null, null, null, null, true),
    (76, 3, '{s}次均住院费用增幅', '%', '%', 'PERCENTAGE', 'LOWER_IS_BETTER', 'KONGZHI', 6, 5, null, 1, null, null, null, null, true),
    (77, 4, '{s}开展新技术新项目数', '项', '项', 'NUMBER', 'HIGHER_IS_BETTER', 'XINZENG', 2, 2, null, 0, null, null, null, null, true),
    (78, 4, '{s}副高及以上职称医师数', '人', '人', 'NUMBER', 'HIGHER_IS_BETTER', 'GE', 2, 4, null, 0, null, null, null, null, true);

create temp table t_specialty as
select s, (array['心血管内科', '神经内科', '呼吸与危重症医学科', '消化内科', '普通外科', '骨科', '妇产科', '儿科',
                 '重症医学科', '肾内科'])[s] as name
from generate_series(1, 10) s;

-- one row per plan template instance (70 general + 8 templates x 10 specialties = 150)
create temp table t_ind as
with inst as (
    select t.*, null::int as s, t.name as full_name from t_tpl t where not t.specialty
    union all
    select t.*, sp.s, replace(t.name, '{s}', sp.name) from t_tpl t cross join t_specialty sp where t.specialty
),
numbered as (
    select i.*, row_number() over (order by i.area, i.tid, i.s nulls first) as position from inst i
),
per_plan as (
    select p.p as plan_id, n.*,
           pg_temp.rnd(p.p * 100000 + n.tid * 100 + coalesce(n.s, 0), 21) as r_b,
           pg_temp.rnd(p.p * 100000 + n.tid * 100 + coalesce(n.s, 0), 22) as r_form,
           pg_temp.rnd(p.p * 100000 + n.tid * 100 + coalesce(n.s, 0), 23) as r_binding
    from t_plan p cross join numbered n
)
select plan_id, (plan_id - 1) * 150 + position as id, position, tid, s, area, full_name as name, unit, utxt, kind,
       direction, dec, scale, lvl_b, lvl_t, ach, v0 as v, v2,
       -- baseline: within +-30% of the template's baseline-to-target gap, so it always lies on the far side
       case when kind in ('NUMBER', 'PERCENTAGE') then
           round(case when form = 'XINZENG' then b0 * (0.8 + 0.4 * r_b::numeric)
                      else b0 + (v0 - b0) * 0.6 * (r_b::numeric - 0.5) end, dec) end as b,
       -- equivalent wordings of the same bound, for a mix of target texts
       case when form in ('GE', 'YISHANG', 'BUDIYU') then (array['GE', 'YISHANG', 'BUDIYU'])[1 + floor(r_form * 3)::int]
            when form in ('LE', 'KONGZHI', 'JIANGZHI') then (array['LE', 'KONGZHI', 'JIANGZHI'])[1 + floor(r_form * 3)::int]
            else form end as form,
       r_binding < 0.2 as binding,
       case scale
           when 'EMR' then array['0级', '1级', '2级', '3级', '4级', '5级', '6级', '7级', '8级']
           when 'SMART_SERVICE' then array['0级', '1级', '2级', '3级', '4级', '5级']
           when 'INTEROPERABILITY' then array['一级', '二级', '三级', '四级乙等', '四级甲等', '五级乙等', '五级甲等']
           when 'HOSPITAL_GRADE' then array['一级丙等', '一级乙等', '一级甲等', '二级丙等', '二级乙等', '二级甲等', '三级丙等', '三级乙等', '三级甲等']
           when 'PERFORMANCE_GRADE' then array['D', 'C', 'B', 'B+', 'B++', 'A', 'A+', 'A++']
       end as levels
from per_plan;

alter table t_ind add column target_text text, add column bound text, add column g numeric,
    add column rb int, add column rt int;
update t_ind set
    target_text = case form
        when 'GE' then '≥' || trim_scale(v) || utxt
        when 'YISHANG' then trim_scale(v) || utxt || '以上'
        when 'BUDIYU' then '不低于' || trim_scale(v) || utxt
        when 'DADAO' then '达到' || trim_scale(v) || utxt
        when 'LE' then '≤' || trim_scale(v) || utxt
        when 'LT' then '<' || trim_scale(v) || utxt
        when 'KONGZHI' then '控制在' || trim_scale(v) || utxt || '以内'
        when 'JIANGZHI' then '降至' || trim_scale(v) || utxt || '以下'
        when 'ZUOYOU' then trim_scale(v) || utxt || '左右'
        when 'RANGE' then trim_scale(v) || '~' || trim_scale(v2) || utxt
        when 'XINZENG' then '新增' || trim_scale(v) || utxt
        when 'LEVEL' then '达到' || lvl_t
        when 'ACH' then ach end,
    -- how the application reads it (TargetParser + TargetEvaluator), to judge generated values the same way
    bound = case form
        when 'GE' then 'AT_LEAST' when 'YISHANG' then 'AT_LEAST' when 'BUDIYU' then 'AT_LEAST' when 'DADAO' then 'AT_LEAST'
        when 'LE' then 'AT_MOST' when 'KONGZHI' then 'AT_MOST' when 'JIANGZHI' then 'AT_MOST' when 'LT' then 'LESS'
        when 'ZUOYOU' then 'ABOUT' when 'RANGE' then 'RANGE' when 'XINZENG' then 'INCREASE'
        else form end,
    -- where values head for: the target, the middle of a range, baseline + increase
    g = case form when 'RANGE' then (v + v2) / 2 when 'XINZENG' then b + v else v end,
    rb = array_position(levels, lvl_b) - 1,
    rt = array_position(levels, regexp_replace(regexp_replace(lvl_t, '^达到', ''), '^([A-D]\+*)级$', '\1')) - 1;
create index on t_ind (plan_id);
analyze t_ind;

insert into indicator (id, plan_id, goal_id, position, number, category, name, unit, definition, direction, value_kind,
                       level_scale, binding, baseline_value, baseline_level, baseline_year, target_text, note)
select i.id, i.plan_id,
       (i.plan_id - 1) * 100 + 10 + (i.area - 1) * 4 + 1 + (i.position % 4),
       i.position, i.position::text, a.category, i.name, i.unit, null, i.direction, i.kind,
       i.scale, i.binding, i.b, i.lvl_b,
       case when i.kind = 'YES_NO' then null else 2020 end,
       i.target_text, null
from t_ind i join t_area a on a.area = i.area
order by i.id;

\echo '== milestones (20 per plan) and budget lines'
create temp table t_ms_tpl as
select * from (values
    (1, 1, '完成胸痛中心、卒中中心建设规划和场地改造', 300),
    (2, 4, '制定临床重点专科建设方案并启动遴选', 50),
    (3, 3, '完成全面预算管理制度修订', null),
    (4, 5, '完成电子病历系统升级改造招标', 200),
    (5, 1, '胸痛中心、卒中中心通过省级认证', 150),
    (6, 2, '建成院内医疗质量控制信息平台', 120),
    (7, 5, '互联网医院上线运行', 180),
    (8, 4, '完成紧缺专业人才首批招聘', null),
    (9, 5, '电子病历系统应用水平通过4级评审', 260),
    (10, 1, '完成门急诊综合楼主体工程', 2500),
    (11, 6, '家庭医生签约服务信息系统全覆盖', 90),
    (12, 3, '建立DRG/DIP运营分析体系', 60),
    (13, 1, '门急诊综合楼竣工并投入使用', 1800),
    (14, 5, '电子病历系统应用水平通过5级评审', 320),
    (15, 4, '临床重点专科建设通过中期评估', null),
    (16, 6, '慢性病管理中心建成运行', 140),
    (17, 5, '信息互联互通标准化成熟度通过四级甲等测评', 240),
    (18, 4, '临床重点专科建设通过验收', 80),
    (19, 2, '完成医院等级复评审', null),
    (20, 3, '完成规划实施终期评估', 30)
) v(m, area, title, cost);

create temp table t_ms as
select (t.p - 1) * 20 + m.m as id, t.p as plan_id, m.m, m.area,
       2021 + (m.m - 1) / 4 as due_year,
       case when m.m % 4 = 2 then make_date(2021 + (m.m - 1) / 4, 6, 30) end as due_date,
       m.title, m.cost,
       case t.level when 'PROVINCE' then 20 when 'CITY' then 5 else 1 end as cost_factor
from t_plan t cross join t_ms_tpl m;
-- the end of the due date (or year) as a fractional year: 2022-06-30 -> 2022.5, year 2022 -> 2023.0
alter table t_ms add column due_end double precision;
update t_ms set due_end = case when due_date is null then due_year + 1 else due_year + 0.5 end;

insert into milestone (id, plan_id, goal_id, position, title, description, due_year, due_date, planned_cost)
select id, plan_id, (plan_id - 1) * 100 + area, m,
       due_year || case when due_date is null then '年底前：' else '年6月底前：' end || title,
       null, due_year, due_date, cost * cost_factor
from t_ms order by id;

-- Budget: per plan three funding sources x four categories; public money per year 2021-2025, the hospitals' own
-- funds (医院自筹) for the whole period. slot numbers the lines a report of one year sees (1-8 yearly, 9-12 whole).
create temp table t_line as
with sources as (
    select t.p, t.level, src.pos as src_pos, src.name as source, src.weight
    from t_plan t
    cross join lateral (select * from (values
        (1, case t.level when 'PROVINCE' then '省财政专项资金' when 'CITY' then '省财政专项资金' else '省财政专项资金' end, 1.0),
        (2, case t.level when 'PROVINCE' then '专项债' when 'CITY' then '市财政' else '县财政' end,
            case t.level when 'PROVINCE' then 2.0 else 0.8 end),
        (3, '医院自筹', 3.5)) v(pos, name, weight)) src
),
categories as (
    select * from (values (1, '基础设施建设', 1.6, 1), (2, '医疗设备购置', 1.0, 1), (3, '信息化建设', 0.6, 5),
                          (4, '人才培养与学科建设', 0.4, 4)) v(cat_pos, category, weight, area)
),
lines as (
    select s.p, s.level, s.src_pos, s.source, c.cat_pos, c.category, c.area, y.year,
           s.weight * c.weight * case s.level when 'PROVINCE' then 8000 when 'CITY' then 1500 else 300 end as base
    from sources s cross join categories c
    cross join lateral (select generate_series(2021, 2025) as year where s.src_pos < 3
                        union all select null where s.src_pos = 3) y
)
select (p - 1) * 100 + row_number() over (partition by p order by src_pos, cat_pos, year) as id,
       p as plan_id, row_number() over (partition by p order by src_pos, cat_pos, year) as position,
       source, category, area, year,
       round(base::numeric
             * (0.7 + 0.6 * pg_temp.rnd(p * 1000 + src_pos * 100 + cat_pos * 10 + coalesce(year, 0) % 10, 41)::numeric)
             / 10) * 10 as amount,
       case when year is null then 8 + cat_pos else (src_pos - 1) * 4 + cat_pos end as slot
from lines;

insert into budget_line (id, plan_id, goal_id, position, funding_source, category, year, amount, note)
select id, plan_id, (plan_id - 1) * 100 + area, position, source, category, year, amount, null
from t_line order by id;

insert into budget_stated_total (id, plan_id, position, label, funding_source, category, year, amount)
select row_number() over (order by plan_id, ord), plan_id, row_number() over (partition by plan_id order by ord),
       label, source, null, null, amount
from (
    select plan_id, min(position) as ord, source || '合计' as label, source, sum(amount) as amount
    from t_line group by plan_id, source
    union all
    select plan_id, 1000, '总投资', null, sum(amount) from t_line group by plan_id
) s;

\echo '== reporting periods (2021 Q1 - 2025 Q4 per plan)'
create temp table t_period as
select (t.p - 1) * 20 + q as id, t.p as plan_id, t.planner_id, q,
       2021 + (q - 1) / 4 as year, (q - 1) % 4 + 1 as part,
       make_date(2021 + (q - 1) / 4, ((q - 1) % 4) * 3 + 1, 1) as starts_on,
       (make_date(2021 + (q - 1) / 4, ((q - 1) % 4) * 3 + 1, 1) + interval '3 months' - interval '1 day')::date as ends_on
from t_plan t cross join generate_series(1, 20) q;
alter table t_period add column t double precision, add column t_prev double precision;
-- the share of the plan period passed at the period's end (and at the previous period's end), as TargetEvaluator
-- computes the expected progress
update t_period set t = (ends_on - date '2020-12-31')::double precision / (date '2025-12-31' - date '2020-12-31'),
                    t_prev = (starts_on - 1 - date '2020-12-31')::double precision / (date '2025-12-31' - date '2020-12-31');

insert into reporting_period (id, plan_id, kind, year, part, starts_on, ends_on, opens_on, due_on, grace_days, status)
select id, plan_id, 'QUARTER', year, part, starts_on, ends_on, ends_on + 1, ends_on + 20, 10,
       case when q = 20 then 'OPEN' else 'CLOSED' end
from t_period order by id;

\echo '== reports'
-- Every covered institution reports every period; in the last (open) period about 5 % have not reported and about
-- 20 % wait for review (SUBMITTED); everything else is APPROVED by the institution's county (or city) reviewer.
create temp table t_report as
with candidates as (
    select p.id as period_id, p.plan_id, p.q, p.t, p.t_prev, p.year, p.part, p.ends_on, p.planner_id,
           c.organization_id, i.reviewer_id,
           pg_temp.rnd(c.organization_id * 100 + p.plan_id, 9) as r_last,
           pg_temp.rnd(c.organization_id::bigint * 10000 + p.id, 10) as r1,
           pg_temp.rnd(c.organization_id::bigint * 10000 + p.id, 11) as r2,
           pg_temp.rnd(c.organization_id::bigint * 10000 + p.id, 12) as r3,
           pg_temp.rnd(c.organization_id::bigint * 10000 + p.id, 13) as r4
    from t_period p
    join t_cov c on c.plan_id = p.plan_id
    join t_inst i on i.id = c.organization_id
),
with_status as (
    select c.*, case when q < 20 or r_last >= 0.25 then 'APPROVED' when r_last >= 0.05 then 'SUBMITTED' end as status
    from candidates c
)
select row_number() over (order by period_id, organization_id) as id, w.*,
       -- reporting starts when the period opens (the day after it ends), during office hours (Beijing time)
       ((ends_on + 1 + floor(r1 * 4)::int)::timestamp + time '08:30' + (r2 * 8) * interval '1 hour') as created_local
from with_status w
where status is not null;
alter table t_report add column created_at timestamptz, add column submitted_at timestamptz,
    add column decided_at timestamptz;
update t_report set
    created_at = created_local,
    submitted_at = created_local + (1 + floor(r3 * 12)) * interval '1 day' + (r2 * 3) * interval '1 hour',
    decided_at = case when status = 'APPROVED'
        then created_local + (1 + floor(r3 * 12)) * interval '1 day' + (1 + floor(r4 * 6)) * interval '1 day'
             + (r1 * 5) * interval '1 hour' end;
create index on t_report (plan_id);
analyze t_report;

insert into report (id, period_id, organization_id, status, achievements, problems, next_steps, return_reason,
                    submitted_at, submitted_by, decided_at, decided_by, created_at, updated_at)
select id, period_id, organization_id, status,
       '【压测数据】' || year || '年第' || part || '季度各项重点任务按计划推进，主要指标稳步提升。',
       '【压测数据】' || (array['高层次人才引进难度较大。', '部分建设项目资金到位滞后。', '信息系统改造进度偏慢。',
                               '基层医疗卫生人员流失较多。', '医疗设备采购流程较长。'])[1 + floor(r4 * 5)::int],
       '【压测数据】' || (array['加快人才引进和项目建设进度。', '加强过程督导，按月调度。', '推进信息系统升级改造。',
                               '落实绩效考核，强化结果运用。'])[1 + floor(r1 * 4)::int],
       null,
       submitted_at, organization_id, decided_at, case when status = 'APPROVED' then reviewer_id end,
       created_at, coalesce(decided_at, submitted_at)
from t_report order by id;

\timing on
\echo '== report values (every indicator of the plan in every report)'
-- Each (institution, indicator) pair follows its own path from the baseline towards the target g, by progress
-- p = speed * t + offset + noise, t being the share of the plan period passed: 35 % ahead (they may overshoot),
-- 30 % about on pace, 25 % lagging, 10 % moving away from the target. Levels and yes/no values use the path
-- without the quarterly noise, so they never go backwards. A value the application would judge off track, or one
-- more than 50 % away from the previous quarter's (SubmissionCheck), carries an explanation, as submitting needs.
insert into report_value (id, report_id, indicator_id, number_value, level_value, yes_value, explanation, return_reason)
select (r.id - 1) * 150 + i.position, r.id, i.id,
       case when i.kind in ('NUMBER', 'PERCENTAGE') then x.xq end,
       case when i.kind = 'LEVEL' then i.levels[lv.reached + 1] end,
       case when i.kind = 'YES_NO' then pth.pm >= pr.thr end,
       case when (case i.kind
                      when 'YES_NO' then r.q = 20 and not (pth.pm >= pr.thr)
                      when 'LEVEL' then lv.reached < i.rt
                          and r.t - (lv.reached - i.rb)::double precision / greatest(i.rt - i.rb, 1) > 0.095
                      else not ev.achieved and r.t - ev.progress > 0.095 end)
                 or (i.kind in ('NUMBER', 'PERCENTAGE') and r.q > 1 and x.xprev <> 0
                     and abs(x.xq - x.xprev) > 0.5 * abs(x.xprev))
            then (array['受疫情影响，门急诊服务量下降，指标暂未达到序时进度。',
                        '新院区搬迁期间部分病区暂停收治，数值波动较大，已制定整改措施。',
                        '相关专业人才短缺，已纳入下一年度人才引进计划。',
                        '统计口径调整，数值与上期差异较大，已按新口径核实。',
                        '设备采购流程延后，相关工作顺延，下一季度加快推进。',
                        '已召开专题会议分析原因，明确责任科室，逐月跟踪改进。'])[1 + floor(pr.r_text * 6)::int]
       end,
       null
from t_report r
join t_ind i on i.plan_id = r.plan_id
cross join lateral (
    select r.organization_id::bigint * 4096 + i.id as pair) k
cross join lateral (
    select pg_temp.rnd(k.pair, 1) as cls, pg_temp.rnd(k.pair, 2) as sp, pg_temp.rnd(k.pair, 3) as off,
           0.3 + 0.7 * pg_temp.rnd(k.pair, 5) as thr,
           (pg_temp.rnd(k.pair * 32 + r.q, 4) - 0.5) * 0.05 as noise,
           (pg_temp.rnd(k.pair * 32 + r.q - 1, 4) - 0.5) * 0.05 as noise_prev,
           pg_temp.rnd(k.pair * 32 + r.q, 6) as r_text) pr
cross join lateral (
    select case when pr.cls < 0.35 then 1.05 + 0.35 * pr.sp
                when pr.cls < 0.65 then 0.93 + 0.12 * pr.sp
                when pr.cls < 0.90 then 0.45 + 0.40 * pr.sp
                else -(0.10 + 0.40 * pr.sp) end as speed) sd
cross join lateral (
    select sd.speed * r.t + (pr.off - 0.5) * 0.08 as pm,
           sd.speed * r.t_prev + (pr.off - 0.5) * 0.08 as pm_prev) pth
cross join lateral (
    select case when i.kind = 'PERCENTAGE'
                then least(greatest(round((i.b + (i.g - i.b) * (pth.pm + pr.noise)::numeric), i.dec), 0), 100)
                else greatest(round((i.b + (i.g - i.b) * (pth.pm + pr.noise)::numeric), i.dec), 0) end as xq,
           case when i.kind = 'PERCENTAGE'
                then least(greatest(round((i.b + (i.g - i.b) * (pth.pm_prev + pr.noise_prev)::numeric), i.dec), 0), 100)
                else greatest(round((i.b + (i.g - i.b) * (pth.pm_prev + pr.noise_prev)::numeric), i.dec), 0) end as xprev) x
cross join lateral (
    select case i.bound
               when 'AT_LEAST' then x.xq >= i.v
               when 'AT_MOST' then x.xq <= i.v
               when 'LESS' then x.xq < i.v
               when 'ABOUT' then abs(x.xq - i.v) <= 0.05 * abs(i.v)
               when 'RANGE' then x.xq >= i.v and (i.direction <> 'WITHIN_BAND' or x.xq <= i.v2)
               when 'INCREASE' then x.xq - i.b >= i.v
               else false end as achieved,
           (case i.bound
               when 'AT_LEAST' then (x.xq - i.b) / nullif(i.v - i.b, 0)
               when 'RANGE' then (x.xq - i.b) / nullif(i.v - i.b, 0)
               when 'AT_MOST' then (i.b - x.xq) / nullif(i.b - i.v, 0)
               when 'LESS' then (i.b - x.xq) / nullif(i.b - i.v, 0)
               when 'ABOUT' then 1 - abs(x.xq - i.v) / nullif(abs(i.b - i.v), 0)
               when 'INCREASE' then (x.xq - i.b) / nullif(i.v, 0)
           end)::double precision as progress) ev
cross join lateral (
    select case when i.kind = 'LEVEL'
                then least(i.rb + round(greatest(pth.pm, 0) * (i.rt - i.rb))::int, array_length(i.levels, 1) - 1)
           end as reached) lv;

\echo '== report milestones (every milestone of the plan in every report)'
-- Each (institution, milestone) pair has a start and a completion time (fractional years): 70 % finish by the due
-- date, 20 % up to a year late, 10 % much later (often not by the end of 2025). Status at the period's end follows.
insert into report_milestone (id, report_id, milestone_id, status, percent_done, remark)
select (r.id - 1) * 20 + m.m, r.id, m.id, st.status, st.pct,
       case when st.status = 'DELAYED'
            then (array['资金到位滞后，工期顺延。', '设计方案调整，进度滞后。', '招标流程延长，正在加快推进。',
                        '受疫情影响，施工暂停后复工。'])[1 + floor(pg_temp.rnd(k.pair * 32 + r.q, 54) * 4)::int] end
from t_report r
join t_ms m on m.plan_id = r.plan_id
cross join lateral (select r.organization_id::bigint * 512 + m.id as pair,
                           r.year + r.part / 4.0 as at) k
cross join lateral (
    select pg_temp.rnd(k.pair, 51) as cls, pg_temp.rnd(k.pair, 52) as r2, pg_temp.rnd(k.pair, 53) as r3) pr
cross join lateral (
    select case when pr.cls < 0.7 then m.due_end - 0.75 * pr.r2
                when pr.cls < 0.9 then m.due_end + 0.25 + 0.75 * pr.r2
                else m.due_end + 1.5 + pr.r2 end as done_at) c
cross join lateral (select c.done_at - (0.5 + pr.r3) as start_at) s
cross join lateral (
    select case when k.at >= c.done_at then 'DONE'
                when k.at > m.due_end then 'DELAYED'
                when k.at < s.start_at then 'NOT_STARTED'
                else 'IN_PROGRESS' end as status,
           case when k.at >= c.done_at then 100
                when k.at < s.start_at then 0
                else least(greatest(floor(100 * (k.at - s.start_at) / (c.done_at - s.start_at))::int, 1), 99) end as pct) st;

\echo '== report spending (the lines of the report''s year and the whole-period lines)'
-- Each institution spends its share of a line: yearly lines over the year's quarters (15/25/25/35 %), whole-period
-- lines evenly over the 20 quarters, times an execution rate of 55-110 %; about 8 % of quarters spend nothing.
insert into report_spending (id, report_id, budget_line_id, amount, remark)
select (r.id - 1) * 12 + l.slot, r.id, l.id,
       case when pg_temp.rnd(k.pair * 32 + r.q, 62) < 0.08 then 0
            else round(l.amount / n.covered
                       * case when l.year is null then 0.05 else (array[0.15, 0.25, 0.25, 0.35])[r.part] end
                       * (0.55 + 0.55 * pg_temp.rnd(k.pair, 61))::numeric, 2) end,
       null
from t_report r
join t_line l on l.plan_id = r.plan_id and (l.year = r.year or l.year is null)
join (select plan_id, count(*) as covered from t_cov group by plan_id) n on n.plan_id = r.plan_id
cross join lateral (select r.organization_id::bigint * 4096 + l.id as pair) k;

\echo '== report history'
-- As ReportService records it: a period opened (and closed) by the plan's planner; per report CREATED and SUBMITTED
-- by the institution's reporter, APPROVED by the reviewer. Period rows take ids 1-800, report rows 1000 + ...
do $$ begin
    if (select count(*) from t_period) * 2 >= 1000 then
        raise exception 'report_history id ranges overlap';
    end if;
end $$;
insert into report_history (id, report_id, period_id, actor_id, at, action, item, old_value, new_value, reason)
select (p.id - 1) * 2 + 1, null::bigint, p.id, p.planner_id, (p.ends_on + 1)::timestamp + time '08:00', 'PERIOD_OPENED',
       'QUARTER ' || p.year || '/' || p.part, null::text, (p.ends_on + 20)::text, null::text
from t_period p
union all
select (p.id - 1) * 2 + 2, null::bigint, p.id, p.planner_id, (p.ends_on + 20 + 10 + 1)::timestamp + time '09:00', 'PERIOD_CLOSED',
       null, 'OPEN', 'CLOSED', null
from t_period p where p.q < 20
order by 1;
insert into report_history (id, report_id, period_id, actor_id, at, action, item, old_value, new_value, reason)
select 1000 + (r.id - 1) * 3 + 1, r.id, r.period_id, r.organization_id, r.created_at, 'CREATED', null::text, null::text,
       null::text, null::text
from t_report r
union all
select 1000 + (r.id - 1) * 3 + 2, r.id, r.period_id, r.organization_id, r.submitted_at, 'SUBMITTED', null, null,
       'SUBMITTED', null
from t_report r
union all
select 1000 + (r.id - 1) * 3 + 3, r.id, r.period_id, r.reviewer_id, r.decided_at, 'APPROVED', null, 'SUBMITTED',
       'APPROVED', null
from t_report r where r.status = 'APPROVED'
order by 1;

\timing off
\echo '== identity sequences past the explicit ids'
do $$
declare
    t record;
begin
    for t in select table_name from information_schema.columns
             where table_schema = 'public' and column_name = 'id' and is_identity = 'YES'
    loop
        execute format('select setval(pg_get_serial_sequence(%L, ''id''), coalesce((select max(id) from %I), 0) + 1, false)',
                       t.table_name, t.table_name);
    end loop;
end $$;
