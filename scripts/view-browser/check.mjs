// Browser check of `claimscan view` in headless Chromium (Debian's
// `chromium` package), driven by playwright-core. Not run by CI: it needs
// Chromium and npm. From the repository root:
//
//   apt-get install chromium            # /usr/bin/chromium
//   (cd scripts/view-browser && npm install)
//   cargo build --release
//   node scripts/view-browser/check.mjs [--screenshot docs/view.png]
//
// What it checks, on the sample report (input/) and on generated ones:
// - the page loads from file:// with no console error (a CSP violation
//   or a failed request would be one) and no request at all;
// - every claim of the ledger is marked, with the ledger's text, in order;
// - numbers left out are marked, with their rule and reason on hover;
// - filtering by kind shows exactly that kind's rows and dims other marks;
// - clicking a row focuses its claim and shows its card; clicking a claim
//   selects its row; sorting by value orders the rows;
// - a hostile report runs nothing (no dialog, no foreign element);
// - 1 MB reports (sparse and dense) load, filter and sort in reasonable
//   time; the times are printed.
// Exit code 0 when every check passes, 1 otherwise.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const screenshotAt = args.indexOf('--screenshot');
const screenshot = screenshotAt >= 0 ? args[screenshotAt + 1] : null;
const bin = resolve(process.env.CLAIMSCAN || 'target/release/claimscan');
const work = mkdtempSync(join(tmpdir(), 'claimscan-view-'));

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

function view(inputs, out) {
  execFileSync(bin, ['view', ...inputs, '-o', out, '-q']);
  return 'file://' + resolve(out);
}

function ledger(inputs) {
  const out = execFileSync(bin, ['extract', ...inputs, '-o', '-', '-q', '--format', 'jsonl', '-j', '1'], { maxBuffer: 1 << 30 });
  return out.toString('utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function open(url, size = { width: 1400, height: 900 }) {
  const page = await browser.newPage({ viewport: size });
  const errors = [];
  const requests = [];
  const dialogs = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = Date.now() - started;
  return { page, errors, requests, dialogs, loadMs };
}

// 1. The sample report.
{
  const url = view(['input/'], join(work, 'sample.html'));
  const rows = ledger(['input/']);
  const { page, errors, requests } = await open(url);
  check(errors.length === 0, `sample: no console errors (${errors.join(' | ')})`);
  check(requests.length === 0, `sample: no requests (${requests.join(' ')})`);
  const marks = await page.$$eval('.text a.claim', (as) => as.map((a) => a.textContent));
  check(marks.length === rows.length && rows.length > 0,
    `sample: ${marks.length} marks for ${rows.length} ledger rows`);
  check(marks.every((t, i) => t === rows[i].text), 'sample: every mark holds its ledger row\'s text, in order');
  const ids = await page.$$eval('tbody tr[id]', (trs) => trs.map((tr) => tr.dataset.id));
  check(ids.every((id, i) => id === rows[i].claim_id), 'sample: every table row carries its claim_id');

  // Filter by kind.
  const percent = rows.filter((r) => r.kind === 'percent').length;
  await page.selectOption('#f-kind', 'percent');
  const shown = await page.$$eval('tbody tr[id]', (trs) => trs.filter((tr) => !tr.hidden).map((tr) => tr.dataset.kind));
  check(shown.length === percent && shown.every((k) => k === 'percent'),
    `sample: kind filter 'percent' shows ${shown.length} rows, ledger has ${percent}`);
  const dimmed = await page.$eval('.text', (t) => t.dataset.only);
  check(dimmed === 'percent', 'sample: kind filter marks the text (other kinds dimmed)');
  const counter = await page.textContent('#f-count');
  check(counter === `${percent} of ${rows.length} claims shown`, `sample: counter says '${counter}'`);
  await page.selectOption('#f-kind', '');

  // Search.
  await page.fill('#f-search', 'parks');
  await page.waitForTimeout(300);
  const found = await page.$$eval('tbody tr[id]', (trs) => trs.filter((tr) => !tr.hidden).length);
  const expected = rows.filter((r) => [r.text, r.kind, String(r.value), r.unit, r.trend, r.subject]
    .join(' ').toLowerCase().includes('parks')).length;
  check(found === expected && found > 0, `sample: search 'parks' shows ${found} rows, expected ${expected}`);
  await page.fill('#f-search', '');
  await page.waitForTimeout(300);

  // Row -> claim.
  const n = Math.min(20, rows.length - 1);
  await page.click(`#r0-${n} td:nth-child(2)`);
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  check(focused === `c0-${n}`, `sample: clicking row ${n + 1} focuses its claim (${focused})`);
  const card = await page.evaluate(() => {
    const c = document.getElementById('card');
    return { hidden: c.hidden, text: c.textContent };
  });
  check(!card.hidden && card.text.includes(rows[n].claim_id),
    `sample: the card of claim ${n + 1} shows its claim_id`);
  const inView = await page.$eval(`#c0-${n}`, (a) => {
    const r = a.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  check(inView, 'sample: the focused claim is scrolled into view');

  // Claim -> row.
  await page.keyboard.press('Escape');
  await page.click('#c0-2');
  const current = await page.$eval('tr.current', (tr) => tr.id);
  check(current === 'r0-2', `sample: clicking claim 3 selects its row (${current})`);

  // Hover card.
  await page.hover('#c0-0');
  const hover = await page.textContent('#card');
  check(hover.includes('value') && hover.includes(rows[0].unit || '—'), `sample: hovering claim 1 shows '${hover}'`);

  // A number left out: faint, with its rule and reason on hover.
  const rejected = await page.$$eval('.text .rej', (r) => r.map((e) => e.dataset.rule));
  check(rejected.length > 0, `sample: ${rejected.length} numbers left out are marked (${[...new Set(rejected)].join(', ')})`);
  await page.hover('.text .rej');
  const why = await page.textContent('#card');
  check(why.includes('not a claim') && why.includes(rejected[0]), `sample: hovering a number left out shows '${why}'`);

  // Sort by value, descending after two clicks.
  await page.click('th[data-sort="value"] button');
  const asc = await page.$$eval('tbody tr[id]', (trs) => trs.map((tr) => parseFloat(tr.dataset.value)));
  check(asc.every((v, i) => i === 0 || asc[i - 1] <= v), 'sample: sorting by value orders the rows');
  await page.click('th[data-sort="pos"] button');

  if (screenshot) {
    await page.mouse.move(0, 0);
    await page.evaluate(() => document.querySelector('.pane').scrollTo(0, 330));
    await page.hover('#c0-1');
    await page.screenshot({ path: screenshot });
    console.log(`screenshot: ${screenshot}`);
  }
  await page.close();
}

// 2. A hostile report.
{
  const hostile = join(work, 'hostile.txt');
  writeFileSync(hostile, [
    'GDP grew 5.2% <script>alert(1)</script> </script><img src=x onerror=alert(2)>',
    '"quoted" \'single\' </textarea><!-- x --> ]]> a\u2028b <svg onload=alert(3)></svg>',
    '<a href="javascript:alert(4)" onclick="alert(5)">link</a> <iframe srcdoc="<script>alert(6)</script>"></iframe>',
    '<style>body{display:none}</style> 3,867 hectares <meta http-equiv="refresh" content="0;url=https://example.com">',
  ].join('\n'));
  const url = view([hostile], join(work, 'hostile.html'));
  const { page, errors, requests, dialogs } = await open(url);
  await page.click('.text a.claim');
  check(dialogs.length === 0, `hostile: no dialog (${dialogs.join(' | ')})`);
  check(errors.length === 0, `hostile: no console errors (${errors.join(' | ')})`);
  check(requests.length === 0, `hostile: no requests (${requests.join(' ')})`);
  const foreign = await page.$$eval('img, svg, iframe, .text style, .text meta, .text script, .text a:not(.claim)', (e) => e.length);
  check(foreign === 0, `hostile: no element from the report (${foreign})`);
  const shown = await page.$eval('.text', (t) => t.textContent);
  check(shown === readFileSync(hostile, 'utf8'), 'hostile: the text is shown exactly');
  await page.close();
}

// 3. Chinese text.
{
  const zh = join(work, 'zh.txt');
  writeFileSync(zh, '北京市地区生产总值增长5.2%，森林覆盖率达到44.9%。\nGDP grew 5.2% in 2023.\n');
  const url = view([zh], join(work, 'zh.html'));
  const { page, errors } = await open(url);
  const shown = await page.$eval('.text', (t) => [t.textContent, t.lang]);
  check(errors.length === 0 && shown[0] === readFileSync(zh, 'utf8') && shown[1] === 'zh',
    `zh: Chinese text shown exactly, lang=${shown[1]}`);
  await page.close();
}

// 4. Several reports: one page with a picker.
{
  const url = view(['input/', join(work, 'zh.txt')], join(work, 'two.html'));
  const { page, errors } = await open(url);
  const visible = async () => page.$$eval('section.doc', (s) => s.filter((d) => !d.hidden).map((d) => d.id));
  const first = await visible();
  await page.selectOption('#doc-picker', '1');
  const second = await visible();
  check(errors.length === 0 && first.join() === 'd0' && second.join() === 'd1',
    `picker: shows ${first} then ${second}`);
  await page.close();
  const linked = await open(url + '#c1-0');
  const shown = await linked.page.$$eval('section.doc', (s) => s.filter((d) => !d.hidden).map((d) => d.id));
  check(shown.join() === 'd1', `picker: a link to a claim of report 2 shows report 2 (${shown})`);
  await linked.page.close();
}

// 5. 1 MB reports: the sample repeated (about 3 claims per KB) and the
// fixture corpus (report-style texts dense with tables, about 16).
async function big(label, text) {
  const file = join(work, `${label}.txt`);
  writeFileSync(file, text);
  const started = Date.now();
  const url = view([file], join(work, `${label}.html`));
  const viewMs = Date.now() - started;
  const rows = ledger([file]).length;
  const { page, errors, loadMs } = await open(url);
  const marks = await page.$$eval('.text a.claim', (as) => as.length);
  // Times measured inside the page, layout included.
  const timed = (action) => page.evaluate((action) => {
    const t = performance.now();
    const kind = document.getElementById('f-kind');
    if (action === 'filter') { kind.value = 'percent'; kind.dispatchEvent(new Event('change')); }
    if (action === 'unfilter') { kind.value = ''; kind.dispatchEvent(new Event('change')); }
    if (action === 'sort') document.querySelector('th[data-sort="value"] button').click();
    if (action === 'unsort') document.querySelector('th[data-sort="pos"] button').click();
    if (action === 'row') document.querySelector('#r0-' + Math.floor(document.querySelectorAll('tbody tr[id]').length / 2) + ' td:nth-child(2)').click();
    document.body.offsetHeight;
    return Math.round(performance.now() - t);
  }, action);
  const t = {};
  for (const action of ['filter', 'unfilter', 'sort', 'unsort', 'row']) t[action] = await timed(action);
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  const before = await page.textContent('#f-count');
  const searchStarted = Date.now();
  await page.fill('#f-search', 'villages');
  await page.waitForFunction((b) => document.getElementById('f-count').textContent !== b, before);
  const searchMs = Date.now() - searchStarted - 120;
  const size = readFileSync(join(work, `${label}.html`)).length;
  console.log(`${label}: ${Buffer.byteLength(text)} bytes of text, ${rows} claims, page ${size} bytes; ` +
    `view ${viewMs} ms, load ${loadMs} ms, kind filter ${t.filter} ms, unfilter ${t.unfilter} ms, ` +
    `search ${searchMs} ms, sort ${t.sort} ms, unsort ${t.unsort} ms, row click ${t.row} ms`);
  check(errors.length === 0 && marks === rows, `${label}: ${marks} marks for ${rows} claims`);
  check(focused === `c0-${Math.floor(rows / 2)}`, `${label}: a row click focuses its claim`);
  check(loadMs < 10000 && t.filter < 3000 && t.sort < 5000, `${label}: load < 10 s, filter < 3 s, sort < 5 s`);
  await page.close();
}
{
  const sample = readFileSync('input/beijing-2024-report-excerpt.txt', 'utf8');
  let text = '';
  while (Buffer.byteLength(text) < 1_000_000) text += sample + '\n\n';
  await big('big', text);
  const fixtures = readdirSync('tests/fixtures').filter((f) => f.endsWith('.txt')).sort();
  text = '';
  for (let i = 0; Buffer.byteLength(text) < 1_000_000; i++) {
    text += readFileSync(join('tests/fixtures', fixtures[i % fixtures.length]), 'utf8') + '\n\n';
  }
  await big('dense', text);
}

await browser.close();
console.log(failures === 0 ? 'all checks passed' : `${failures} checks failed`);
process.exit(failures === 0 ? 0 : 1);
