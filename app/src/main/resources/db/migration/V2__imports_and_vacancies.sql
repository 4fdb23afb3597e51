-- Imported documents and vacancies. A vacancy is stored whole as JSON (body) with columns for listing;
-- an imported document keeps its original bytes (content) and its import report as JSON.
-- Written in SQL that H2 and PostgreSQL both accept (H2 reads bytea as binary varying).

create table vacancy (
    id              varchar(36)   primary key,
    title           varchar(1000) not null,
    status          varchar(20)   not null,
    profile_code    varchar(60),
    profile_version integer,
    source          varchar(500),
    created_at      timestamp with time zone not null,
    author          varchar(200)  not null,
    body            text          not null
);

create index vacancy_source on vacancy (source);

create table source_document (
    id          varchar(36)   primary key,
    name        varchar(500)  not null,
    sha256      varchar(64)   not null unique,
    kind        varchar(40)   not null,
    title       varchar(1000) not null,
    imported_at timestamp with time zone not null,
    author      varchar(200)  not null,
    size_bytes  bigint        not null,
    content     bytea         not null,
    report      text          not null
);
