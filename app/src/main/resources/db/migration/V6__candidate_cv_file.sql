-- A candidate's CV as a file beside the CV text: at most one per candidate, replaced as a whole. The bytes
-- as sent (bytea, like imported documents), the media type found by reading them, and their text.
-- Written in SQL that H2 and PostgreSQL both accept.

create table candidate_cv_file (
    candidate_id varchar(36)  primary key references candidate (id),
    name         varchar(500) not null,
    media_type   varchar(200) not null,
    size_bytes   bigint       not null,
    body_text    text,
    content      bytea        not null,
    added_by     varchar(200) not null,
    added_at     timestamp with time zone not null
);
