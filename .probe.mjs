import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto('http://127.0.0.1:4312/ru/');
await p.waitForSelector('[data-testid="map"][data-status="ready"]');
console.log(await p.evaluate(() => {
  const r = (s) => { const e = document.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [s, Math.round(b.top+scrollY), Math.round(b.height), getComputedStyle(e).maxHeight]; };
  return [r('section.region.map'), r('[data-testid="map"]'), r('.map-panel .stage'), r('.place-list'), r('.place-list ul'), r('.map-panel .attribution'), r('.page.overview')];
}));
await b.close();
