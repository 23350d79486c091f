-- Which run's results PostgreSQL holds for a period, and whether its report is published at the
-- canonical key. The swap sets results_swapped_at in its own transaction; the publication of the
-- run's report files (written under runs/<run_id>/ before the swap) sets report_published_at. A run
-- with the first and not the second is the one whose report the next run of the period publishes.
alter table stat_job_run
    add column results_swapped_at  timestamptz,
    add column report_published_at timestamptz;

create index stat_job_run_swapped on stat_job_run (period_id, results_swapped_at desc)
    where results_swapped_at is not null;
