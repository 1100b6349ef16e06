import { chromium } from 'playwright-core';
const [,, url, out, w='1280', h='720', full=''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--use-angle=swiftshader','--enable-unsafe-swiftshader','--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
const logs = [];
p.on('console', m => logs.push(m.type()+': '+m.text()));
p.on('pageerror', e => logs.push('pageerror: '+e));
p.on('request', r => { if (!r.url().startsWith('http://127.0.0.1')) logs.push('EXTERNAL '+r.url()); });
await p.goto(url);
try { await p.waitForSelector('[data-testid="map"][data-status="ready"]', { timeout: 30000 }); } catch (e) { logs.push('not ready'); }
await p.waitForTimeout(3000);
const el = await p.$('[data-testid="map"]');
if (el && !full) await el.scrollIntoViewIfNeeded();
await p.screenshot({ path: out, fullPage: !!full });
console.log(logs.join('\n'));
console.log(await p.evaluate(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-status')));
await b.close();
