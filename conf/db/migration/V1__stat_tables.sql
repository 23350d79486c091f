-- Statistics tables owned by stat-batch. The source tables (building, building_text) belong to the
-- application and are not created here; see db/source for the local and test copies.

create table stat_dimension (
    building_id    bigint      primary key,
    name           text        not null,
    address        text,
    active         boolean     not null default true,
    first_seen_at  timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

create table stat_period (
    period_id    bigserial   primary key,
    period_type  text        not null check (period_type in ('MONTH', 'CUSTOM')),
    start_date   date        not null,
    -- exclusive: the period is [start_date 00:00, end_date 00:00) in time_zone
    end_date     date        not null,
    time_zone    text        not null,
    created_at   timestamptz not null default now(),
    check (end_date > start_date),
    unique (period_type, start_date, end_date)
);

-- One partition per period (stat_keyword_p<period_id>): the job builds a period's rows in a table of
-- their own, indexes it, and swaps it in with ATTACH PARTITION in one short transaction, so replacing
-- a month never rewrites rows one by one and never shows half a month.
create table stat_keyword (
    period_id    bigint           not null references stat_period (period_id),
    building_id  bigint           not null references stat_dimension (building_id),
    term         text             not null,
    pos          text             not null,
    term_freq    bigint           not null,
    doc_freq     bigint           not null,
    tfidf        double precision not null,
    rank         integer          not null,
    primary key (period_id, building_id, term, pos)
) partition by list (period_id);

create index stat_keyword_rank on stat_keyword (period_id, building_id, rank);

create table stat_building (
    period_id        bigint  not null references stat_period (period_id),
    building_id      bigint  not null references stat_dimension (building_id),
    documents        bigint  not null,
    empty_documents  bigint  not null,
    tokens           bigint  not null,
    distinct_terms   bigint  not null,
    top_terms        text    not null,
    primary key (period_id, building_id)
);

create table stat_job_run (
    run_id                      text        primary key,
    period_id                   bigint      not null references stat_period (period_id),
    status                      text        not null check (status in ('SUBMITTED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    cluster_id                  text,
    step_id                     text,
    submitted_at                timestamptz,
    started_at                  timestamptz,
    finished_at                 timestamptz,
    documents                   bigint,
    buildings                   bigint,
    keywords                    bigint,
    skipped_rows                jsonb,
    unknown_building_documents  bigint,
    truncated_documents         bigint,
    csv_uri                     text,
    error_stage                 text,
    error_message               text,
    notify_error                text,
    updated_at                  timestamptz not null default now()
);

create index stat_job_run_period on stat_job_run (period_id, status);
