// Real Chromium against the same page and flow as the headless circuit client's ScoreClick/ScoreSaved/NextPair
// (issue 17: do the headless figures agree with a browser's?). Each context signs in as one of the load analysts,
// opens a pair of a country of its own, clicks five scale levels (each until "Saved"), follows "Next pair", and
// starts again. Prints p50/p95/p99 per action, in the load generator's table.
//
//   node browser-load.js BASE ROUND ANALYSTS(comma) PASSWORD CONTEXTS SECONDS WARMUP PLAYWRIGHT_PACKAGE
const [base, round, analystList, password, contexts, seconds, warmup, playwrightPackage] = process.argv.slice(2);
const { chromium } = require(playwrightPackage);
const analysts = analystList.split(',');
const samples = {};
let errors = 0;
const reasons = [];
const record = (action, ms, measured) => { if (measured) (samples[action] ||= []).push(ms); };

async function heatmapScope(page) {
  return page.evaluate(async path => (await fetch(path)).json(), `/rounds/${encodeURIComponent(round)}/heatmap.json`);
}

async function signIn(page, email) {
  await page.goto(`${base}/account/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(url => !url.pathname.startsWith('/account/login'), { timeout: 60000 }), page.click('button[type=submit]')]);
}

async function run(browser, k, countries, technologies, measureFrom, until) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  await signIn(page, analysts[k % analysts.length]);
  const mine = countries.filter((_, i) => i % Number(contexts) === k % countries.length);
  let seed = k + 1;
  const next = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  while (Date.now() < until) {
    const country = mine[next(mine.length)];
    const technology = technologies[next(technologies.length)];
    let step = 'open the pair';
    try {
      let started = Date.now();
      await page.goto(`${base}/rounds/${encodeURIComponent(round)}/score/${encodeURIComponent(country)}/${encodeURIComponent(technology)}`);
      await page.locator('#note-rie').waitFor();
      await page.waitForFunction(() => document.querySelector('#note-rie')?.disabled === false, null, { polling: 'raf' });
      record('PairReady', Date.now() - started, Date.now() >= measureFrom && Date.now() <= until);
      for (let pair = 0; pair < 3 && Date.now() < until; pair++) {
        if (await page.locator('.group-spread').count() > 0) break; // complete: a change would ask why
        const criteria = await page.$$eval('[id^=status-]', els => els.map(e => e.id.slice('status-'.length)));
        for (const criterion of criteria) {
          const checked = await page.$$eval(`input[id^=score-${criterion}-]:checked`, els => els.map(e => Number(e.id.split('-').pop())));
          let level = 1 + next(5);
          if (checked[0] === level) level = level % 5 + 1;
          const status = page.locator(`#status-${criterion}`);
          step = `click ${criterion} ${level}`;
          started = Date.now();
          await page.locator('label').filter({ has: page.locator(`#score-${criterion}-${level}`) }).click();
          await page.waitForFunction(id => document.getElementById(id)?.classList.contains('save-pending'), `status-${criterion}`, { polling: 'raf' });
          const shown = Date.now() - started;
          step = `save ${criterion}`;
          await page.waitForFunction(id => document.getElementById(id)?.classList.contains('save-saved'), `status-${criterion}`, { polling: 'raf' });
          const measured = Date.now() >= measureFrom && Date.now() <= until;
          record('ScoreClick', shown, measured);
          record('ScoreSaved', Date.now() - started, measured);
        }
        const nextPair = page.locator('a[rel=next]');
        if (await nextPair.count() === 0) break;
        step = 'next pair';
        const title = await page.locator('h1').innerText();
        started = Date.now();
        await nextPair.click();
        await page.waitForFunction(before => document.querySelector('h1')?.innerText !== before
          && document.querySelector('#note-rie')?.disabled === false, title, { polling: 'raf' });
        record('NextPair', Date.now() - started, Date.now() >= measureFrom && Date.now() <= until);
      }
    } catch (e) {
      errors++;
      reasons.push(`${analysts[k % analysts.length]} at ${step} on ${page.url()}: ${String(e.message).split('\n')[0]}`);
    }
  }
  await context.close();
}

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)]; }

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const scout = await browser.newPage();
  await signIn(scout, analysts[0]);
  const scope = await heatmapScope(scout);
  await scout.close();
  const countries = scope.countries.map(c => c.code);
  const technologies = scope.technologies.map(t => t.slug);
  const measureFrom = Date.now() + Number(warmup) * 1000;
  const until = measureFrom + Number(seconds) * 1000;
  console.error(`${contexts} Chromium contexts as ${analysts.length} analysts: ${warmup} s warm-up, ${seconds} s measured…`);
  await Promise.all([...Array(Number(contexts)).keys()].map(k => run(browser, k, countries, technologies, measureFrom, until)));
  await browser.close();
  const fmt = n => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  console.log('| action | count | per s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const action of ['PairReady', 'ScoreClick', 'ScoreSaved', 'NextPair']) {
    const s = (samples[action] || []).sort((a, b) => a - b);
    if (s.length === 0) continue;
    console.log(`| ${action} | ${s.length} | ${(s.length / Number(seconds)).toFixed(1)} | ${fmt(percentile(s, 50))} | ${fmt(percentile(s, 95))} | ${fmt(percentile(s, 99))} | ${fmt(s[s.length - 1])} |`);
  }
  console.log(`\nerrors: ${errors}`);
  reasons.slice(0, 10).forEach(r => console.error(`  error: ${r}`));
})().catch(e => { console.error(e); process.exit(1); });
