// The whole cycle in a real browser (Debian's chromium, headless):
// an operator signs in and enters a quarter's realisation with evidence,
// the verifier approves it, the dashboard shows the new capaian.
// Screenshots of the dashboard and the agency page go to SHOTS.
//
//   BASE=http://127.0.0.1:PORT PEMDA=1771 TAHUN=2025 NILAI=41 EXPECT="50,00 %"
//   USERS=users.txt SHOTS=build/screenshots node flow.js
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const env = process.env;
const base = env.BASE;
const pemda = env.PEMDA;
const tahun = env.TAHUN;
const shots = env.SHOTS;
const pw = Object.fromEntries(fs.readFileSync(env.USERS, 'utf8').trim().split('\n')
  .map((l) => l.split(' ')).map(([name, , p]) => [name, p]));
let failed = 0;

function check(name, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ': ' + detail}`);
  if (!ok) failed++;
}

async function login(browser, user) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(`${base}/masuk`);
  await page.fill('#pengguna', user);
  await page.fill('#sandi', pw[user]);
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Masuk")')]);
  return page;
}

// The capaian cell of the operator's agency on the pemda dashboard.
async function dashboardCapaian(page, agency) {
  await page.goto(`${base}/dasbor?pemda=${pemda}&tahun=${tahun}`);
  const row = page.locator('table tbody tr', { hasText: agency });
  return (await row.locator('td').nth(1).innerText()).trim();
}

async function main() {
  const browser = await chromium.launch({
    executablePath: env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    const op = await login(browser, 'op_a');
    check('operator lands on the agency page', /\/instansi\/\d+/.test(op.url()), op.url());
    const agency = (await op.locator('h1').innerText()).trim();
    const agencyUrl = op.url().split('?')[0];

    const ver = await login(browser, 'verifikator');
    const before = await dashboardCapaian(ver, agency);

    await op.goto(`${agencyUrl}?tahun=${tahun}`);
    await Promise.all([op.waitForNavigation(),
      op.locator('tr.tingkat-sasaran + tr a:has-text("Isi realisasi")').first().click()]);
    const options = await op.locator('#periode option').evaluateAll(
      (os) => os.map((o) => o.value).filter((v) => !v.startsWith('tahun')));
    const periode = options[options.length - 1];   // the last quarter or month
    await op.selectOption('#periode', periode);
    await op.fill('#nilai', env.NILAI);
    await op.fill('#catatan', 'Diisi dari uji peramban');
    await op.setInputFiles('#bukti', { name: 'bukti.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n') });
    await Promise.all([op.waitForNavigation(), op.click('button:has-text("Ajukan")')]);
    check('operator submits the realisation',
      (await op.locator('.pesan').innerText()).includes('diajukan'), await op.content());

    await ver.goto(`${base}/verifikasi`);
    const row = ver.locator('table tbody tr', { hasText: 'Diisi dari uji peramban' });
    check('the entry waits in the verifier\'s queue', (await row.count()) === 1, '');
    await Promise.all([ver.waitForNavigation(), row.locator('button:has-text("Setujui")').click()]);
    check('verifier approves it',
      (await ver.locator('.pesan').innerText()).includes('disetujui'), '');

    const after = await dashboardCapaian(ver, agency);
    check(`dashboard capaian changes (${before} -> ${after})`,
      after !== before && /\d,\d\d %/.test(after), `${before} -> ${after}`);
    if (env.EXPECT) check(`dashboard shows the new capaian ${env.EXPECT}`, after === env.EXPECT, after);

    fs.mkdirSync(shots, { recursive: true });
    await ver.screenshot({ path: path.join(shots, 'dasbor.png'), fullPage: true });
    await ver.goto(`${agencyUrl}?tahun=${tahun}`);
    await ver.screenshot({ path: path.join(shots, 'instansi.png'), fullPage: true });
    await ver.screenshot({ path: path.join(shots, 'instansi-atas.png') });
    await ver.setViewportSize({ width: 390, height: 844 });
    await dashboardCapaian(ver, agency);
    await ver.screenshot({ path: path.join(shots, 'dasbor-ponsel.png'), fullPage: true });
    check('screenshots saved', fs.existsSync(path.join(shots, 'instansi.png')), shots);
    const errors = op.errors.concat(ver.errors);
    check('no console errors or CSP violations', errors.length === 0, errors.join('; '));
  } finally {
    await browser.close();
  }
  console.log(failed ? `${failed} failed` : 'all passed');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
