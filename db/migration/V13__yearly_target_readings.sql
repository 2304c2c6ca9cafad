-- An indicator's yearly targets ("2023年 ≥32%") are read once when they are saved, like its final target (V9).
alter table indicator_yearly_target add column target_reading text;
alter table indicator_yearly_target add column target_parser_version integer;
