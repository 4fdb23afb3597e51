-- The function house. Each profile version is stored whole as JSON (body) with its version data in
-- columns; profile_requirement is a query projection of the competencies each version asks.
-- Written in SQL that H2 and PostgreSQL both accept.

create table house (
    id   integer primary key,
    name varchar(200) not null
);

create table dictionary (
    id   varchar(100) primary key,
    name varchar(300) not null,
    body text         not null
);

create table function_series (
    code varchar(60)  primary key,
    name varchar(300) not null,
    body text         not null
);

create table qualification (
    name varchar(300) primary key,
    body text         not null
);

create table salary_scale (
    number  integer primary key,
    minimum numeric(12, 2),
    maximum numeric(12, 2)
);

create table profile (
    slug       varchar(80)  primary key,
    code       varchar(60)  not null unique,
    latest     integer      not null,
    kind       varchar(20)  not null,
    title      varchar(300) not null,
    group_code varchar(60)
);

create table profile_alias (
    alias   varchar(80) primary key,
    slug    varchar(80) not null references profile (slug)
);

create table profile_version (
    slug           varchar(80)   not null references profile (slug),
    number         integer       not null,
    code           varchar(60)   not null,
    status         varchar(20)   not null,
    effective_date date,
    author         varchar(200)  not null,
    saved_at       timestamp with time zone not null,
    note           varchar(2000),
    kind           varchar(20)   not null,
    title          varchar(300)  not null,
    body           text          not null,
    primary key (slug, number)
);

create table profile_requirement (
    slug       varchar(80)  not null,
    number     integer      not null,
    position   integer      not null,
    competency varchar(200) not null,
    level      varchar(1),
    primary key (slug, number, position),
    foreign key (slug, number) references profile_version (slug, number)
);

create index profile_requirement_competency on profile_requirement (competency);
