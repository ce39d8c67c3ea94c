// Sums JUnit XML reports of every suite (Surefire, Vitest, Playwright) into one closing line.
// usage: node deploy/count-tests.mjs <report files or folders…>
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const files = [];
for (const arg of process.argv.slice(2)) {
  if (!existsSync(arg)) continue;
  if (statSync(arg).isDirectory()) {
    for (const f of readdirSync(arg)) if (f.startsWith('TEST-') && f.endsWith('.xml')) files.push(join(arg, f));
  } else files.push(arg);
}
let tests = 0, failed = 0, skipped = 0;
for (const file of files) {
  // Count <testsuite> elements only: <testsuites> totals would count each test twice.
  for (const m of readFileSync(file, 'utf8').matchAll(/<testsuite\s([^>]*)>/g)) {
    const attr = (name) => Number((m[1].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [0, 0])[1]);
    tests += attr('tests');
    failed += attr('failures') + attr('errors');
    skipped += attr('skipped');
  }
}
console.log(`${tests - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
