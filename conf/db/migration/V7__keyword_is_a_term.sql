-- A keyword is a term: one stat_keyword row per (period, building, term), whatever tags the term got;
-- pos becomes an attribute (the tag it got most often in the building). Each row gains the
-- distinctive score (JLH, see README "Keywords") and the period's documents with the term it is
-- computed from; stat_building gains the distinctive list beside top_terms. tfidf goes: the score
-- answers its question (what is special about this building) from document counts.
--
-- Months stored under the old key may hold a term twice (once as NNG, once as NNP). They are merged
-- here so that the new key can be built, without reading any text: term_freq summed; doc_freq the
-- larger of the two (documents with either tag are not stored, and are at least that many); pos the
-- tag with more occurrences (ties: NNG, the first of the default nlp.pos-tags); ranks renumbered by
-- the rank rule over the rows kept; duplicate names dropped from top_terms. Their score,
-- bg_doc_freq, distinctive_rank and distinctive_terms stay null: null means "computed before V7".
-- Rerunning such a month replaces all of it with exact values.

alter table stat_keyword drop column tfidf;
alter table stat_keyword add column bg_doc_freq bigint;
alter table stat_keyword add column score double precision;
alter table stat_keyword add column distinctive_rank integer;

comment on column stat_keyword.pos is
    'the tag the term got most often in the building; ties go to the tag listed first in nlp.pos-tags';
comment on column stat_keyword.bg_doc_freq is
    'documents of the period (all buildings) containing the term; null for months computed before V7';
comment on column stat_keyword.score is
    'JLH significance of the building''s documents against the period''s: (fg - bg) * fg / bg when fg > bg, else 0,'
    ' fg = doc_freq / building documents, bg = bg_doc_freq / period documents; null before V7';
comment on column stat_keyword.distinctive_rank is
    'rank by score among terms in at least analysis.distinctive-min-doc-count documents with score > 0; null otherwise';

create temporary table keyword_merged on commit drop as
select period_id,
       building_id,
       term,
       (array_agg(pos order by term_freq desc, case pos when 'NNG' then 0 when 'NNP' then 1 else 2 end, pos))[1] as pos,
       sum(term_freq)::bigint as term_freq,
       max(doc_freq) as doc_freq,
       min(rank) as rank
from stat_keyword
group by period_id, building_id, term
having count(*) > 1;

delete from stat_keyword k
using keyword_merged m
where k.period_id = m.period_id and k.building_id = m.building_id and k.term = m.term;

insert into stat_keyword (period_id, building_id, term, pos, term_freq, doc_freq, rank)
select period_id, building_id, term, pos, term_freq, doc_freq, rank
from keyword_merged;

update stat_keyword k
set rank = r.new_rank
from (select period_id,
             building_id,
             term,
             row_number() over (partition by period_id, building_id
                                order by term_freq desc, doc_freq desc, term) as new_rank
      from stat_keyword
      where (period_id, building_id) in (select period_id, building_id from keyword_merged)) r
where k.period_id = r.period_id
  and k.building_id = r.building_id
  and k.term = r.term
  and k.rank <> r.new_rank;

alter table stat_keyword drop constraint stat_keyword_pkey;
alter table stat_keyword add constraint stat_keyword_pkey primary key (period_id, building_id, term);

alter table stat_building add column distinctive_terms text;
comment on column stat_building.distinctive_terms is
    'the first terms by distinctive_rank, '', ''-separated; empty when nothing stands out; null for months computed before V7';

update stat_building b
set top_terms = d.terms
from (select period_id, building_id, string_agg(term, ', ' order by first_at) as terms
      from (select period_id, building_id, t.term, min(t.at) as first_at
            from stat_building,
                 unnest(string_to_array(top_terms, ', ')) with ordinality as t(term, at)
            group by period_id, building_id, t.term) listed
      group by period_id, building_id) d
where b.period_id = d.period_id
  and b.building_id = d.building_id
  and b.top_terms <> d.terms;
