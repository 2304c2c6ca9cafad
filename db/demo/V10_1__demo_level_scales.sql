-- Demo data: what the seed plans need of the level scales beyond the national ones of V10.

-- 海宁 (seed 002): "互联互通标准化成熟度达到四级水平" is a plain 四级, which the official scale has only as 四级乙等 and
-- 四级甲等. It goes between 三级 and 四级乙等, so that 四级乙等 or better meets it.
update level_scale_grade set position = position + 1000 where scale_key = 'INTEROPERABILITY' and position >= 3;
update level_scale_grade set position = position - 999 where scale_key = 'INTEROPERABILITY' and position >= 1000;
insert into level_scale_grade (scale_key, position, grade) values ('INTEROPERABILITY', 3, '四级');
update level_scale set version = version + 1 where key = 'INTEROPERABILITY';

-- Two demo indicators were entered before their scales existed: 包头 (seed 001) 智慧管理 五级 is on the 智慧管理分级,
-- not the 智慧服务分级; 粤北 (seed 000) 信息系统安全等级保护 3级 had no scale at all.
update indicator set level_scale = 'SMART_MANAGEMENT'
where name = '智慧管理' and level_scale = 'SMART_SERVICE' and value_kind = 'LEVEL';
update indicator set level_scale = 'SECURITY_PROTECTION'
where name = '信息系统安全等级保护' and level_scale is null and value_kind = 'LEVEL';
