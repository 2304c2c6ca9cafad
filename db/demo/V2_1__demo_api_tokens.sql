-- Demo API tokens: every demo account has the token demo-token-<username> (documented in the README).
insert into api_token (user_id, name, token_hash, created_at)
select id, '演示令牌', encode(sha256(convert_to('demo-token-' || username, 'UTF8')), 'hex'), now()
from app_user
where demo_password;
