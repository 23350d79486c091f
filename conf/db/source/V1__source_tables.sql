-- The application's source tables, as stat-batch expects them by default. In production they
-- already exist and belong to the application; this copy is applied only by scripts/run-local.sh,
-- the benchmarks and the tests (Flyway history table: flyway_source_history).

create table building (
    building_id  bigint primary key,
    name         text   not null,
    address      text
);

create table building_text (
    text_id      bigint      primary key,
    building_id  bigint,
    created_at   timestamptz not null,
    body         text
);

create index building_text_created_at on building_text (created_at);
