import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './check-architecture.mjs';

/** A throw-away src tree with the given files. */
function tree(files: Record<string, string>): string {
  const src = mkdtempSync(join(tmpdir(), 'yokoten-arch-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
  }
  return src;
}

const api = "import { unwrap, type Api } from '../../lib/api-client';\nexport const a = (api: Api) => unwrap(api.GET('/api/v1/me'));\n";

describe('check-architecture', () => {
  it('passes a tree that keeps the rules', () => {
    expect(check(tree({
      'features/a/api.ts': api,
      'features/a/components/page.tsx': "import { a } from '../api';\nimport { Field } from '../../../components/field';\nconst S = ['x'] as const;\n",
      'app/routes/page.tsx': "import { a } from '../../features/a/api';\nimport { b } from '../../features/b/api';\n",
    }))).toEqual([]);
  });

  it('fails when one feature imports another, statically or lazily', () => {
    const problems = check(tree({
      'features/a/components/page.tsx': "import { x } from '../../b/components/x';\nconst y = import('../../b/api');\n",
    }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^features\/a\/components\/page.tsx:1: features\/a imports features\/b\/components\/x/);
    expect(problems[1]).toMatch(/^features\/a\/components\/page.tsx:2: /);
  });

  it('fails when the header (or lib) imports a feature', () => {
    expect(check(tree({ 'components/header.tsx': "import type { Me } from '../features/account/use-me';\n" })))
      .toEqual([expect.stringMatching(/^components\/header.tsx:1: components\/ imports features\/account\/use-me/)]);
  });

  it('fails on a cast of an answer, an inline API path and a raw fetch outside api modules', () => {
    const problems = check(tree({
      'features/a/components/page.ts': "const r = (await (await fetch('/api/v1/me')).json()) as Me;\nconst d = <Me>r;\n",
    }));
    expect(problems.map((p) => p.split(': ')[1].split(' ')[0])).toEqual(expect.arrayContaining(['type', 'API', 'fetch']));
    expect(problems.filter((p) => p.includes('type assertion'))).toHaveLength(2);
  });

  it('fails on a source file over 350 lines, but not on the generated contract types', () => {
    const long = 'export const x = 1;\n'.repeat(351);
    expect(check(tree({ 'lib/long.ts': long, 'types/api.ts': long }))).toEqual(['lib/long.ts:1: 351 lines (at most 350); split it']);
  });

  it('holds for the SPA itself', () => {
    expect(check(resolve(__dirname, '../src'))).toEqual([]);
  });
});
