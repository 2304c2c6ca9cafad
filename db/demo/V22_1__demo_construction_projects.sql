-- The construction projects the seed plans name, with the figures the documents give and nothing more: what a
-- document does not state (kind, amounts, dates) stays empty. Dates are kept as the documents write them, with the
-- latest day they can mean. See docs/projects.md.

-- Seed 001, 包头医学院第一附属医院“十四五”事业发展规划: the new campus (包医国际医院). "项目建设地点位于新都市区西南部,
-- 项目目前占地面积 201.87 亩,总建筑面积 224060 平方米,总床位数 2000 张,分二期进行,一期建设规模约 12.5 万平方米,设置床位数
-- 1000 张。目前项目一期土建工程已经全部完成。" Funded jointly by 包头市政府, the hospital and private capital; no amounts.
insert into construction_project (plan_id, goal_id, institution_id, name, kind, location, description, created_at, updated_at)
select p.id,
       (select g.id from goal g where g.plan_id = p.id and g.title = '积极推动包医国际医院建设'),
       (select o.id from organization o where o.name = '包头医学院第一附属医院'),
       '包头医学院第一附属医院新院区（包医国际医院）',
       'NEW_BUILD',
       '新都市区西南部',
       '由包头市政府、医院与社会资本合作共同出资筹建；占地面积 201.87 亩；分二期进行；目前项目一期土建工程已经全部完成。',
       now(), now()
from plan p where p.plan_key = '001-baotou';

insert into project_phase (project_id, position, name, description)
select c.id, 1, '一期', '建设规模约 12.5 万平方米，设置床位数 1000 张；土建工程已经全部完成'
from construction_project c where c.name = '包头医学院第一附属医院新院区（包医国际医院）';
insert into project_phase (project_id, position, name, description)
select c.id, 2, '二期', null
from construction_project c where c.name = '包头医学院第一附属医院新院区（包医国际医院）';

insert into project_specification (project_id, measure, phase_position, unit, planned)
select c.id, f.measure, f.phase, f.unit, f.planned
from construction_project c,
     (values ('GROSS_FLOOR_AREA', null::integer, '㎡', 224060::numeric),
             ('BEDS', null, '张', 2000),
             ('GROSS_FLOOR_AREA', 1, '万㎡', 12.5),
             ('BEDS', 1, '张', 1000)) as f (measure, phase, unit, planned)
where c.name = '包头医学院第一附属医院新院区（包医国际医院）';

insert into project_funding (project_id, position, source, year, amount, note)
select c.id, f.position, f.source, null, null, f.note
from construction_project c,
     (values (1, 'LOCAL_FISCAL', '包头市政府出资，金额未说明'),
             (2, 'SELF_RAISED', '医院出资，金额未说明'),
             (3, 'SOCIAL_CAPITAL', '社会资本出资，金额未说明')) as f (position, source, note)
where c.name = '包头医学院第一附属医院新院区（包医国际医院）';

-- Seed 002, 海宁市推进高水平县级医院建设三年行动方案, 附件 重点工作清单 (硬件设施提升改造行动 · 加强基层设施建设):
-- the projects to start (开工建设) and to open (投入使用) by year. Only the kind the name states is set.
insert into construction_project (plan_id, goal_id, institution_id, name, kind, location, description, created_at, updated_at)
select p.id,
       (select g.id from goal g where g.plan_id = p.id and g.title = '加强基础设施建设'),
       (select o.id from organization o where o.name = d.institution),
       d.name, d.kind, null, null, now(), now()
from plan p,
     (values ('市人民医院二期项目', '海宁市人民医院', null),
             ('市二院改扩建工程', '海宁市第二人民医院', 'EXPANSION'),
             ('市中医院硖石分院（硖石街道社区卫生服务中心）异地新建项目', '海宁市中医院硖石分院（硖石街道社区卫生服务中心）', 'NEW_BUILD'),
             ('长安镇卫生院辛江分院改造项目', '长安镇卫生院辛江分院', 'RENOVATION'),
             ('袁花中心卫生院异地新建项目', '袁花中心卫生院', 'NEW_BUILD'),
             ('长安镇卫生院异地新建项目', '长安镇卫生院', 'NEW_BUILD'),
             ('市中医院改扩建项目二期', '海宁市中医院', 'EXPANSION'),
             ('市中心医院急诊中心改扩建工程', '海宁市中心医院', 'EXPANSION')) as d (name, institution, kind)
where p.plan_key = '002-haining';

insert into project_stage_date (project_id, stage_id, original_text, original_latest, planned_text, planned_latest)
select c.id, s.id, d.written, d.latest, d.written, d.latest
from (values ('市人民医院二期项目', '开工', '到2023年', date '2023-12-31'),
             ('市二院改扩建工程', '开工', '到2023年', date '2023-12-31'),
             ('市中医院硖石分院（硖石街道社区卫生服务中心）异地新建项目', '开工', '到2023年', date '2023-12-31'),
             ('市中医院硖石分院（硖石街道社区卫生服务中心）异地新建项目', '投入使用', '到2025年', date '2025-12-31'),
             ('长安镇卫生院辛江分院改造项目', '开工', '到2023年', date '2023-12-31'),
             ('袁花中心卫生院异地新建项目', '投入使用', '到2023年', date '2023-12-31'),
             ('长安镇卫生院异地新建项目', '投入使用', '到2023年', date '2023-12-31'),
             ('市中医院改扩建项目二期', '开工', '到2024年', date '2024-12-31'),
             ('市中心医院急诊中心改扩建工程', '开工', '到2024年', date '2024-12-31')) as d (project, stage, written, latest)
join construction_project c on c.name = d.project
join plan p on p.id = c.plan_id and p.plan_key = '002-haining'
join project_stage s on s.name = d.stage;
