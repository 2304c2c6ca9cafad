-- Demo planners for the owners of the other seed plans (password Demo@2026, token demo-token-<username>).
insert into app_user (username, password_hash, display_name, role, organization_id, demo_password) values
    ('planner3', '$argon2id$v=19$m=16384,t=2,p=1$prJXbMJBOnnfrRaUQZ7bOQ$dl2D5lyQbg0iHOVZsaUNX1Q+ZH7pfH1b2W92kSFw8Is', '王建华', 'PLANNER', (select id from organization where name = '包头医学院第一附属医院' and parent_id is null), true),
    ('planner4', '$argon2id$v=19$m=16384,t=2,p=1$yVTtayU/2TWOKlA9/xNG2Q$FOBJeXbRwrkoK3C6G5Ge04rPYdSGAdKOVSbzoQrqjX8', '钟明', 'PLANNER', (select id from organization where name = '寻乌县卫生健康委员会' and parent_id is null), true),
    ('planner5', '$argon2id$v=19$m=16384,t=2,p=1$MUTdqhc39v1SHDoKneNP5A$GWFkt+jLc7IwU3IVA0d3NQEwL93ehLNKmVzscE98rP8', '李文', 'PLANNER', (select id from organization where name = '湛江市卫生健康局' and parent_id is null), true);

insert into api_token (user_id, name, token_hash, created_at)
select id, '演示令牌', encode(sha256(convert_to('demo-token-' || username, 'UTF8')), 'hex'), now()
from app_user
where username in ('planner3', 'planner4', 'planner5');
