-- A target the parser cannot read is entered in a structured form; its structure (JSON) is kept beside the
-- original wording, which stays the text the document uses.
alter table indicator add column target_structure text;
