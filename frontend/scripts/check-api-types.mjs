// Fails when src/types/api.ts is stale against ../openapi.yaml (regenerate with `npm run gen:types`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = join(mkdtempSync(join(tmpdir(), 'yokoten-types-')), 'api.ts');
execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', fresh], { stdio: 'ignore' });
if (readFileSync(fresh, 'utf8') !== readFileSync('src/types/api.ts', 'utf8')) {
  console.error('src/types/api.ts is stale: run `npm run gen:types` in frontend/ and commit the result.');
  process.exit(1);
}
console.log('API types match openapi.yaml.');
