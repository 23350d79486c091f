-- Issue categories and month-over-month trends (issue 14), and views for BI tools.

-- Per (period, building, category of conf/nlp/categories-ko.txt): the documents that mention the
-- category (a document counts once per category), their share of the building's documents, the
-- category across the portfolio, and the trend against the previous month (null: no trend).
create table stat_category (
    period_id            bigint           not null references stat_period (period_id),
    building_id          bigint           not null references stat_dimension (building_id),
    category             text             not null,
    documents            bigint           not null,
    share                double precision not null,
    portfolio_documents  bigint           not null,
    portfolio_share      double precision not null,
    previous_documents   bigint,
    previous_share       double precision,
    trend_status         text check (trend_status in ('NEW', 'RISING', 'FALLING', 'STEADY')),
    trend_z              double precision,
    primary key (period_id, building_id, category)
);

-- Per (period, building, term): every term with at least trend.min-documents documents (not only
-- the top-K of stat_keyword, so that next month a term missing here was truly below the minimum),
-- and last month's terms that fell below it; with the trend against the previous month.
create table stat_keyword_trend (
    period_id           bigint           not null references stat_period (period_id),
    building_id         bigint           not null references stat_dimension (building_id),
    term                text             not null,
    documents           bigint           not null,
    share               double precision not null,
    previous_documents  bigint,
    previous_share      double precision,
    trend_status        text check (trend_status in ('NEW', 'RISING', 'FALLING', 'STEADY')),
    trend_z             double precision,
    primary key (period_id, building_id, term)
);

create index stat_keyword_trend_status on stat_keyword_trend (period_id, trend_status)
    where trend_status is not null;

-- One row per building and period: documents, the top three categories, and how many terms and
-- categories are new, rising or falling against the previous month.
create view stat_building_month as
select p.period_id,
       p.period_type,
       p.start_date,
       p.end_date,
       b.building_id,
       d.name,
       b.documents,
       b.empty_documents,
       b.top_terms,
       (select string_agg(c.category || ' ' || round((100 * c.share)::numeric, 1) || '%', ', '
                          order by c.documents desc, c.category)
          from (select * from stat_category c
                 where c.period_id = b.period_id and c.building_id = b.building_id and c.documents > 0
                 order by c.documents desc, c.category
                 limit 3) c)                                                   as top_categories,
       (select count(*) from stat_category c
         where c.period_id = b.period_id and c.building_id = b.building_id
           and c.trend_status in ('NEW', 'RISING'))                            as rising_categories,
       (select count(*) from stat_keyword_trend t
         where t.period_id = b.period_id and t.building_id = b.building_id
           and t.trend_status = 'NEW')                                         as new_terms,
       (select count(*) from stat_keyword_trend t
         where t.period_id = b.period_id and t.building_id = b.building_id
           and t.trend_status = 'RISING')                                      as rising_terms,
       (select count(*) from stat_keyword_trend t
         where t.period_id = b.period_id and t.building_id = b.building_id
           and t.trend_status = 'FALLING')                                     as falling_terms
  from stat_building b
  join stat_period p on p.period_id = b.period_id
  join stat_dimension d on d.building_id = b.building_id;

-- Categories per building and period with names and dates, for charts of one building over months.
create view stat_category_month as
select p.period_id,
       p.period_type,
       p.start_date,
       c.building_id,
       d.name,
       c.category,
       c.documents,
       c.share,
       c.portfolio_share,
       c.previous_documents,
       c.previous_share,
       c.trend_status,
       c.trend_z
  from stat_category c
  join stat_period p on p.period_id = c.period_id
  join stat_dimension d on d.building_id = c.building_id;

-- Each category across the portfolio per period: buildings and documents that mention it, its
-- share of all documents, and in how many buildings it is new or rising.
create view stat_portfolio_category as
select p.period_id,
       p.period_type,
       p.start_date,
       c.category,
       count(*) filter (where c.documents > 0)                        as buildings,
       sum(c.documents)                                               as documents,
       max(c.portfolio_share)                                         as share,
       count(*) filter (where c.trend_status in ('NEW', 'RISING'))    as rising_buildings,
       count(*) filter (where c.trend_status = 'FALLING')             as falling_buildings
  from stat_category c
  join stat_period p on p.period_id = c.period_id
 group by p.period_id, p.period_type, p.start_date, c.category;

-- Terms with a trend, with names and dates: "what is new or growing, and where".
create view stat_keyword_trend_month as
select p.period_id,
       p.period_type,
       p.start_date,
       t.building_id,
       d.name,
       t.term,
       t.documents,
       t.share,
       t.previous_documents,
       t.previous_share,
       t.trend_status,
       t.trend_z
  from stat_keyword_trend t
  join stat_period p on p.period_id = t.period_id
  join stat_dimension d on d.building_id = t.building_id
 where t.trend_status is not null;
