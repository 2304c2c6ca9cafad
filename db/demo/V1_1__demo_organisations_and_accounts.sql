-- Demo data (loaded only with the 'demo' profile): the regions, institutions and accounts of the five seed plans.
-- Every demo account's password is Demo@2026 (argon2id hashes below); demo_password marks them so that a
-- production start refuses to run while any of them is left unchanged.

insert into region (code, name, level, parent_code) values
    ('440000', '广东省', 'PROVINCE', null),
    ('440200', '韶关市', 'CITY', '440000'),
    ('440800', '湛江市', 'CITY', '440000'),
    ('440881', '廉江市', 'COUNTY', '440800'),
    ('150000', '内蒙古自治区', 'PROVINCE', null),
    ('150200', '包头市', 'CITY', '150000'),
    ('330000', '浙江省', 'PROVINCE', null),
    ('330400', '嘉兴市', 'CITY', '330000'),
    ('330481', '海宁市', 'COUNTY', '330400'),
    ('360000', '江西省', 'PROVINCE', null),
    ('360700', '赣州市', 'CITY', '360000'),
    ('360734', '寻乌县', 'COUNTY', '360700');

insert into organization (id, name, kind, region_code, parent_id) values
    (1, '广东省卫生健康委员会', 'HEALTH_BUREAU', '440000', null),
    (2, '韶关市卫生健康局', 'HEALTH_BUREAU', '440200', null),
    (3, '粤北人民医院', 'GENERAL_HOSPITAL', '440200', null),
    (4, '湛江市卫生健康局', 'HEALTH_BUREAU', '440800', null),
    (5, '包头医学院第一附属医院', 'GENERAL_HOSPITAL', '150200', null),
    (6, '科研管理科', 'DEPARTMENT', '150200', 5),
    (7, '湛江市人民政府', 'GOVERNMENT_BODY', '440800', null),
    (8, '海宁市卫生健康局', 'HEALTH_BUREAU', '330481', null),
    (9, '寻乌县卫生健康委员会', 'HEALTH_BUREAU', '360734', null),
    (10, '寻乌县人民医院', 'GENERAL_HOSPITAL', '360734', null),
    (11, '包头市卫生健康委员会', 'HEALTH_BUREAU', '150200', null);
select setval(pg_get_serial_sequence('organization', 'id'), (select max(id) from organization));

insert into app_user (username, password_hash, display_name, role, organization_id, demo_password) values
    ('admin', '$argon2id$v=19$m=16384,t=2,p=1$NF7OVSJfBIbM5nBwJ1pkBQ$hs5tRfCX++KeZWPfVhT+e7qF1jI4eqDH1o6dJoWmTXA', '系统管理员', 'ADMIN', 1, true),
    ('planner', '$argon2id$v=19$m=16384,t=2,p=1$hGjGXMygzyJTHCzupkqgrw$yMCqsu0CzQ5vf2bJh0rtWoA/Nu3BqDjKYGgfskjOcuw', '陈敏', 'PLANNER', 3, true),
    ('planner2', '$argon2id$v=19$m=16384,t=2,p=1$PPrwGj08SFGL4UggDfQUyQ$w1pl+BGrJ/Unz7oJV9BDpWaLpIQsQGNl1qOv3Mh6rgk', '沈立', 'PLANNER', 8, true),
    ('reporter', '$argon2id$v=19$m=16384,t=2,p=1$E2NrzBVzI6EbvJmO/QOXcA$LLy4P9xPnem0Ap7eUrVkAj6bGcO7KAFQ+RLM0J5eWhU', '赵刚', 'REPORTER', 6, true),
    ('reporter2', '$argon2id$v=19$m=16384,t=2,p=1$2BqNSxIoxuZtEOOJrwmtYw$3ia6OcHRAlLTbhSgAl9khLMLpyygGYvWLFu5A7V7ays', '钟丽', 'REPORTER', 10, true),
    ('reviewer', '$argon2id$v=19$m=16384,t=2,p=1$dxa/I9YefHLn/hzZvuyTsw$7SxM7TMAOtESo6YsYQMOmnq2hFMQsi8P00CuL6h2uZo', '高峰', 'REVIEWER', 11, true),
    ('reviewer2', '$argon2id$v=19$m=16384,t=2,p=1$+X8Ip4zoGmjLyrRJ1heXvg$c2YT7FxsYcxjxdCZQZmkUEJLGdIP3IjcZtqZfizb6F4', '刘洋', 'REVIEWER', 9, true),
    ('viewer', '$argon2id$v=19$m=16384,t=2,p=1$rUyYHzUWryVQZPxChhsZyQ$uz8EU4AePgNPZznml0vje2FtBNPNr9NXihJ5e/FBoz8', '黄海', 'VIEWER', 7, true);
