import { chromium } from 'playwright-core';
const [,, mod = '01-mengapa-netral', w = '1920', h = '1080'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', (m) => console.log('console:', m.text()));
p.on('pageerror', (e) => console.log('pageerror:', e.message));
await p.goto(`http://127.0.0.1:4599/presentasi/${mod}`);
await p.waitForTimeout(800);
const r = await p.evaluate(() => {
  const stage = document.getElementById('stage');
  const slides = [...stage.querySelectorAll(':scope > .slide')];
  return { stage: [stage.clientWidth, stage.clientHeight, getComputedStyle(stage).fontSize], n: slides.length, doc: [document.scrollingElement.scrollHeight, innerHeight], slides: slides.map((s, i) => { slides.forEach((x, j) => (x.hidden = j !== i)); return `${i + 1} ${s.className} ${s.scrollHeight}/${s.clientHeight} ${s.querySelector('.slide-body').textContent.replace(/\s+/g, ' ').slice(0, 70)}`; }) };
});
console.log(JSON.stringify(r, null, 1));
await b.close();
