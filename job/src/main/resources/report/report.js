// Draws the charts and the building pages of report.html from the JSON in #report-data (format:
// ReportData.java). Everything runs offline; SVG is built with DOM calls, never from markup strings,
// so no name or term can inject anything.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const SVG = 'http://www.w3.org/2000/svg';
  const STATUS = { N: ['신규', 'new'], R: ['증가', 'rising'], F: ['감소', 'falling'], S: ['유지', 'steady'] };
  const LABEL_WIDTH = 120;
  const BAR_WIDTH = 260;
  const ROW = 24;
  const byId = new Map(data.buildings.map((b) => [String(b.id), b]));

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c));
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const percent = (bp) => (bp / 100).toFixed(1) + '%';
  const count = (n) => n.toLocaleString('ko-KR');
  const number = (v) => (Number.isInteger(v) ? count(v) : v.toFixed(2));
  const clip = (s) => (s.length > 9 ? s.slice(0, 8) + '…' : s);

  function badge(status) {
    if (!status) return '';
    return el('span', { class: 'badge ' + STATUS[status][1] }, STATUS[status][0]);
  }

  // rows: [{label, value, text, previous}], value and previous on one scale; previous (last
  // month, may be null) is drawn as a grey bar behind this month's.
  function barChart(caption, rows, empty) {
    const figure = el('figure', { class: 'chart' }, el('figcaption', {}, caption));
    if (rows.length === 0) {
      figure.append(el('p', { class: 'empty-chart' }, empty));
      return figure;
    }
    const max = Math.max(...rows.map((r) => Math.max(r.value, r.previous || 0))) || 1;
    const width = LABEL_WIDTH + BAR_WIDTH + 70;
    const height = rows.length * ROW + 4;
    const chart = svg('svg', {
      width: width, height: height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': caption,
    });
    const scale = (v) => Math.max(1, (v / max) * BAR_WIDTH);
    rows.forEach((r, i) => {
      const y = i * ROW + 2;
      const label = svg('text', { x: LABEL_WIDTH - 6, y: y + 16, 'text-anchor': 'end' }, clip(r.label));
      label.append(svg('title', {}, r.label));
      chart.append(label);
      let end = scale(r.value);
      if (r.previous !== null && r.previous !== undefined) {
        end = Math.max(end, scale(r.previous));
        chart.append(svg('rect', { class: 'prev', x: LABEL_WIDTH, y: y + 1, width: scale(r.previous), height: ROW - 4, rx: 2 }));
      }
      chart.append(svg('rect', { class: 'bar', x: LABEL_WIDTH, y: y + 5, width: scale(r.value), height: ROW - 12, rx: 2 }));
      chart.append(svg('text', { class: 'value', x: LABEL_WIDTH + end + 6, y: y + 16 }, r.text));
    });
    figure.append(chart);
    return figure;
  }

  function categoryRows(lines) {
    return lines.map((c) => ({
      label: data.categories[c[0]], value: c[2], previous: c[3], text: percent(c[2]),
    }));
  }

  function termRows(terms) {
    return terms.map((t) => ({ label: t[0], value: t[1], previous: null, text: number(t[1]) }));
  }

  function categoryTable(b) {
    const body = el('tbody');
    b.cat.forEach((c) => {
      body.append(el('tr', {},
        el('td', {}, data.categories[c[0]]),
        el('td', { class: 'num' }, count(c[1])),
        el('td', { class: 'num' }, percent(c[2])),
        el('td', { class: 'num' }, c[3] === null ? '' : percent(c[3])),
        el('td', {}, badge(c[4]))));
    });
    if (b.cat.length === 0) {
      body.append(el('tr', {}, el('td', { colspan: 5, class: 'empty' }, '카테고리에 해당하는 문서가 없습니다.')));
    }
    return el('table', { class: 'categories' },
      el('thead', {}, el('tr', {},
        el('th', {}, '카테고리'), el('th', { class: 'num' }, '문서'), el('th', { class: 'num' }, '비중'),
        el('th', { class: 'num' }, '지난달'), el('th', {}, '변화'))),
      body);
  }

  function trendList(b) {
    if (data.previous === null) {
      return el('p', { class: 'note no-previous' }, '이전 달 데이터가 없어 신규·증가 키워드를 계산하지 않았습니다.');
    }
    if (b.prev === null) {
      return el('p', { class: 'note no-previous' }, '이 건물은 지난달 문서가 없어 비교할 수 없습니다.');
    }
    if (b.rise.length === 0) {
      return el('p', { class: 'empty-chart' }, '신규·증가한 키워드가 없습니다.');
    }
    return el('ul', { class: 'trends' }, ...b.rise.map((t) => el('li', {},
      badge(t[5]), ' ', el('b', {}, t[0]), ' ' + count(t[1]) + '건 (' + percent(t[2]) + ')',
      t[4] === null ? ' · 지난달 기준 미만' : ' · 지난달 ' + count(t[3]) + '건 (' + percent(t[4]) + ')')));
  }

  function buildingPage(b) {
    const previous = b.prev === null ? '지난달 문서 없음' : '지난달 ' + count(b.prev) + '건';
    return [
      el('a', { href: '#', class: 'back' }, '← 포트폴리오로'),
      el('h2', {}, b.name + ' ', el('small', {}, '#' + b.id)),
      el('p', { class: 'facts' }, '문서 ' + count(b.docs) + '건 · ' + previous),
      el('h3', {}, '이슈 카테고리'),
      el('div', { class: 'grid' },
        barChart('문서 중 비중 (회색: 지난달)', categoryRows(b.cat), '카테고리에 해당하는 문서가 없습니다.'),
        categoryTable(b)),
      el('h3', {}, '키워드'),
      el('div', { class: 'grid' },
        barChart('많이 나온 키워드 (언급 수)', termRows(b.top), '키워드가 없습니다.'),
        barChart('이 건물에서 두드러진 키워드 (점수)', termRows(b.dist), '두드러진 키워드가 없습니다.')),
      el('h3', {}, '신규·증가 키워드'),
      trendList(b),
    ];
  }

  function route() {
    const portfolio = document.getElementById('portfolio');
    const page = document.getElementById('building');
    const match = /^#b(\d+)$/.exec(location.hash);
    const b = match && byId.get(match[1]);
    if (!b) {
      page.hidden = true;
      page.replaceChildren();
      portfolio.hidden = false;
      return;
    }
    page.replaceChildren(...buildingPage(b));
    portfolio.hidden = true;
    page.hidden = false;
    window.scrollTo(0, 0);
  }

  const PAGE = 100;
  const isRise = (status) => status === 'N' || status === 'R';

  // The building list, drawn PAGE rows at a time: thousands of rows as markup would make the page
  // slow to open. Sorting and the filter work on all buildings.
  function buildingList(table, filterInput, shownText, moreButton) {
    const rows = data.buildings.map((b) => ({
      id: b.id,
      name: b.name,
      docs: b.docs,
      prev: b.prev === null ? -1 : b.prev,
      rises: b.cat.filter((c) => isRise(c[4])).length + b.rise.length,
      categories: b.cat.slice().sort((x, y) => y[1] - x[1]).slice(0, 3)
        .map((c) => data.categories[c[0]] + ' ' + percent(c[2])).join(' · '),
      text: (b.id + ' ' + b.name).toLowerCase(),
      building: b,
    }));
    let key = 'docs';
    let descending = true;
    let limit = PAGE;
    let view = rows;

    function row(r) {
      return el('tr', {},
        el('td', { class: 'num' }, String(r.id)),
        el('td', {}, el('a', { href: '#b' + r.id }, r.name)),
        el('td', { class: 'num' }, count(r.docs)),
        el('td', { class: 'num' }, r.prev < 0 ? '' : count(r.prev)),
        el('td', {}, r.categories),
        el('td', { class: 'num' }, String(r.rises)));
    }

    function draw() {
      const needle = filterInput.value.trim().toLowerCase();
      view = rows.filter((r) => needle === '' || r.text.includes(needle));
      view.sort((x, y) => {
        const a = x[key];
        const b = y[key];
        const order = typeof a === 'number' ? a - b : a.localeCompare(b, 'ko');
        return (descending ? -order : order) || x.id - y.id;
      });
      table.tBodies[0].replaceChildren(...view.slice(0, limit).map(row));
      shownText.textContent = count(Math.min(limit, view.length)) + ' / ' + count(view.length) + '곳';
      moreButton.hidden = limit >= view.length;
    }

    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((th) => {
      if (!th.dataset.key) return;
      th.addEventListener('click', () => {
        // A new column sorts largest first (names from ㄱ); the same column again reverses.
        descending = key === th.dataset.key ? !descending : th.dataset.key !== 'name';
        key = th.dataset.key;
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        draw();
      });
    });
    filterInput.addEventListener('input', () => {
      limit = PAGE;
      draw();
    });
    moreButton.addEventListener('click', () => {
      limit += PAGE;
      draw();
    });
    draw();
  }

  const portfolioChart = barChart(
    '이슈 카테고리: 전체 문서 중 비중' + (data.previous ? ' (회색: 지난달)' : ''),
    categoryRows(data.portfolio), '카테고리에 해당하는 문서가 없습니다.');
  portfolioChart.id = 'portfolio-chart';
  document.getElementById('portfolio-chart').replaceWith(portfolioChart);
  buildingList(document.getElementById('buildings'), document.getElementById('building-filter'),
    document.getElementById('buildings-shown'), document.getElementById('buildings-more'));
  window.addEventListener('hashchange', route);
  route();
  // When the page is usable; the browser test reports it.
  performance.mark('report-drawn');
}());
