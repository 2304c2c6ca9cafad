-- Sample progress of the demo construction projects (V22_1), reported with the sample reports (V7_1) of the
-- projects' own institutions: 【示例数据】, sample reporting data, not facts of the seed documents. The documents give no
-- yearly investment, funds or 形象进度; these figures are invented to be plausible (a hospital campus of about
-- 22 万㎡ takes some 1–3 亿元 a year, a county hospital's extension a few thousand 万元) and only demonstrate the
-- section 建设项目进度, the project page's periods and rates, and the progress workbook. The stages reported here
-- are what the sample reports say; the projects' planned and actual stage dates (document facts) are not touched.
-- A report's progress takes its report's status: approved years count, the 2025 reports are returned or a draft.
insert into project_progress (project_id, report_id, investment_completed, funds_arrived, works_percent, stage_id,
                              problems, updated_at)
select c.id, r.id, d.investment, d.funds, d.percent, s.id, '【示例数据】' || d.problems, coalesce(r.submitted_at, r.created_at)
from (values
        -- seed 001: the new campus (包医国际医院) of 包头医学院第一附属医院
        ('001-baotou', '包头医学院第一附属医院新院区（包医国际医院）', 2021, 18000.00, 20000.00, 55.0, '主体封顶',
         '一期土建完成，机电安装和室内装修招标中；二期前期手续办理中。'),
        ('001-baotou', '包头医学院第一附属医院新院区（包医国际医院）', 2022, 15000.00, 12000.00, 68.0, '主体封顶',
         '疫情期间施工组织受影响，社会资本出资到位滞后。'),
        ('001-baotou', '包头医学院第一附属医院新院区（包医国际医院）', 2023, 13000.00, 11000.00, 80.0, '主体封顶',
         '医用设备采购论证周期较长。'),
        ('001-baotou', '包头医学院第一附属医院新院区（包医国际医院）', 2024, 9000.00, 10000.00, 92.0, '竣工验收',
         '一期专项验收（消防、人防）推进中。'),
        ('001-baotou', '包头医学院第一附属医院新院区（包医国际医院）', 2025, 6000.00, 5000.00, 97.5, '竣工验收',
         '一期开诊准备中，人员配置和信息系统联调尚未完成。'),
        -- seed 002: 海宁市 projects whose institutions report on the plan
        ('002-haining', '市人民医院二期项目', 2023, 3500.00, 5000.00, 8.0, '开工',
         '桩基施工阶段，雨季影响工期。'),
        ('002-haining', '市人民医院二期项目', 2024, 12000.00, 10000.00, 36.0, '开工',
         '专项债资金分批到位，需统筹支付进度。'),
        ('002-haining', '市人民医院二期项目', 2025, 14000.00, 12000.00, 63.0, '主体封顶',
         '主体结构完成，幕墙和机电安装交叉施工。'),
        ('002-haining', '市中医院改扩建项目二期', 2023, 600.00, 800.00, 0.0, '初步设计批复',
         '施工图审查中。'),
        ('002-haining', '市中医院改扩建项目二期', 2024, 4200.00, 5000.00, 20.0, '开工',
         '改扩建期间需保障门诊正常运行，分区施工。'),
        ('002-haining', '市中医院改扩建项目二期', 2025, 5200.00, 4000.00, 45.0, '开工',
         '县级财政配套资金到位滞后。'),
        ('002-haining', '市中心医院急诊中心改扩建工程', 2023, 300.00, 500.00, 0.0, '施工招标',
         '招标文件编制中。'),
        ('002-haining', '市中心医院急诊中心改扩建工程', 2024, 2600.00, 3000.00, 30.0, '开工',
         '急诊不停诊改造，施工区域需分批移交。')
     ) as d (plan_key, project, year, investment, funds, percent, stage, problems)
join plan p on p.plan_key = d.plan_key
join construction_project c on c.plan_id = p.id and c.name = d.project
join reporting_period rp on rp.plan_id = p.id and rp.kind = 'YEAR' and rp.year = d.year
join report r on r.period_id = rp.id and r.organization_id = c.institution_id
join project_stage s on s.name = d.stage;

-- Each sample entry in its report's history, as the report form writes it (填报：建设项目进度 · project).
insert into report_history (report_id, period_id, actor_id, at, action, item, old_value, new_value, reason)
select r.id, r.period_id, coalesce(r.submitted_by, (select id from app_user where username = 'admin')), pp.updated_at,
       'SECTION', '建设项目进度 · ' || c.name, null,
       '本期完成投资 ' || trim_scale(pp.investment_completed) || ' 万元，到位资金 ' || trim_scale(pp.funds_arrived)
           || ' 万元，形象进度 ' || trim_scale(pp.works_percent) || '%，阶段 ' || s.name || '，问题：' || pp.problems,
       null
from project_progress pp
join report r on r.id = pp.report_id
join construction_project c on c.id = pp.project_id
join project_stage s on s.id = pp.stage_id;
