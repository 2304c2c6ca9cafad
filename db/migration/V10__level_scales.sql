-- Level scales are data administrators extend: a scale has a key (what indicator.level_scale stores, fixed once
-- created), a name and its grades in order, lowest first. Seeded with the national scales (see
-- docs/decisions/0005-level-scales.md).

create table level_scale (
    key      varchar(32) primary key,
    name     varchar(64) not null unique,
    -- the order in which scales are offered to planners and searched for a level written on its own
    position integer     not null,
    version  bigint      not null default 0
);

create table level_scale_grade (
    scale_key varchar(32) not null references level_scale (key) on delete cascade,
    -- 0 is the lowest grade
    position  integer     not null,
    grade     varchar(32) not null,
    primary key (scale_key, position),
    -- deferred: saving a reordered list moves grades between positions one row at a time
    constraint level_scale_grade_once unique (scale_key, grade) deferrable initially deferred
);

insert into level_scale (key, name, position) values
    ('EMR', '电子病历应用水平', 1),
    ('SMART_SERVICE', '智慧服务分级', 2),
    ('INTEROPERABILITY', '互联互通标准化成熟度', 3),
    ('HOSPITAL_GRADE', '医院等级', 4),
    ('PERFORMANCE_GRADE', '绩效考核等级', 5),
    ('SMART_MANAGEMENT', '智慧管理分级', 6),
    ('SERVICE_CAPABILITY_STANDARD', '县医院医疗服务能力标准', 7),
    ('SECURITY_PROTECTION', '信息安全等级保护', 8);

insert into level_scale_grade (scale_key, position, grade)
select scale.key, grade.ordinality - 1, grade.name
from (values
        ('EMR', array['0级', '1级', '2级', '3级', '4级', '5级', '6级', '7级', '8级']),
        ('SMART_SERVICE', array['0级', '1级', '2级', '3级', '4级', '5级']),
        ('INTEROPERABILITY', array['一级', '二级', '三级', '四级乙等', '四级甲等', '五级乙等', '五级甲等']),
        ('HOSPITAL_GRADE', array['一级丙等', '一级乙等', '一级甲等', '二级丙等', '二级乙等', '二级甲等', '三级丙等', '三级乙等',
                                 '三级甲等']),
        ('PERFORMANCE_GRADE', array['D', 'C', 'B', 'B+', 'B++', 'A', 'A+', 'A++']),
        ('SMART_MANAGEMENT', array['0级', '1级', '2级', '3级', '4级', '5级']),
        ('SERVICE_CAPABILITY_STANDARD', array['基本标准', '推荐标准']),
        ('SECURITY_PROTECTION', array['一级', '二级', '三级', '四级', '五级'])
     ) as scale (key, grades)
     cross join lateral unnest(scale.grades) with ordinality as grade (name, ordinality);

-- an indicator names a scale that exists
alter table indicator add constraint indicator_level_scale_fk foreign key (level_scale) references level_scale (key);
