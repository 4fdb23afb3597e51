-- Vacancies are edited in place: revision counts the saves (an edit names the revision it was based on, so a
-- stale edit is refused), edited_by/edited_at tell who saved the latest edit. The body stays the whole vacancy.
alter table vacancy add column revision integer default 1 not null;
alter table vacancy add column edited_by varchar(200);
alter table vacancy add column edited_at timestamp with time zone;
