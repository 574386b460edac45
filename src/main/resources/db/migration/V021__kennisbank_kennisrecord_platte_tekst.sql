-- kennisbank: the body as plain text (Markdown rendered without its syntax), kept when a record is written so
-- that (mass) indexing does not render every body again; empty for rows written before this column existed,
-- for which the text is rendered when needed
alter table kennisrecord add column platte_tekst text;
