// Keeps the SPA's structure true (run by `npm run check:architecture`, part of deploy/test.sh):
//  1. no import between feature folders: src/features/<a> never imports src/features/<b> (pages that combine
//     features live in src/app/routes; shared pieces in src/components or src/lib);
//  2. src/components and src/lib import no feature and no app module (the header included);
//  3. no `as` type assertion outside tests (`as const` aside): API answers are typed by the generated
//     contract (src/types/api.ts) through lib/api-client, never cast;
//  4. API paths only in the features' api.ts modules and lib; fetch and XMLHttpRequest only there too;
//  5. no hand-written source file over 350 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const MAX_LINES = 350;
const GENERATED = new Set(['types/api.ts']);

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The area of a file under src: ['features', 'x'], ['components'], ['lib'], ['app'], … */
function area(rel) {
  const parts = rel.split('/');
  return parts[0] === 'features' ? ['features', parts[1]] : [parts[0]];
}

/** Every violation under `src` as "path:line: message" (an empty list when the tree keeps the rules). */
export function check(src) {
  const problems = [];
  for (const file of sourceFiles(src)) {
    const rel = relative(src, file).split(sep).join('/');
    if (GENERATED.has(rel)) continue;
    const text = readFileSync(file, 'utf8');
    const test = /\.test\.tsx?$/.test(rel) || rel.startsWith('testing/');
    const where = area(rel);
    const apiModule = /^features\/[^/]+\/api\.ts$/.test(rel) || where[0] === 'lib' || rel.startsWith('types/');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) problems.push(`${rel}:1: ${lines} lines (at most ${MAX_LINES}); split it`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const at = (node) => `${rel}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

    const visit = (node) => {
      const spec = (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0].text : null;
      if (spec?.startsWith('.')) {
        const target = relative(src, resolve(dirname(file), spec)).split(sep).join('/');
        const to = area(target);
        if (where[0] === 'features' && to[0] === 'features' && to[1] !== where[1]) {
          problems.push(`${at(node)}: features/${where[1]} imports ${target}; features do not import each other (compose them in app/routes, share through components/ or lib/)`);
        }
        if ((where[0] === 'components' || where[0] === 'lib') && (to[0] === 'features' || to[0] === 'app')) {
          problems.push(`${at(node)}: ${where[0]}/ imports ${target}; shared code depends on no feature or page`);
        }
      }
      if (!test) {
        if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node))
          && !(ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const')) {
          problems.push(`${at(node)}: type assertion \`${node.getText(source).slice(0, 60)}\`; type API answers through the generated client instead of casting`);
        }
        if (!apiModule && ts.isStringLiteralLike(node) && node.text.includes('/api/v1')) {
          problems.push(`${at(node)}: API path outside an api.ts module`);
        }
        if (!apiModule && ts.isIdentifier(node) && (node.text === 'fetch' || node.text === 'XMLHttpRequest')
          && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) {
          problems.push(`${at(node)}: ${node.text} outside lib/ and the features' api.ts; call the typed client`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
  const problems = check(src);
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`${problems.length} architecture rule violation(s) in frontend/src (see scripts/check-architecture.mjs).`);
    process.exit(1);
  }
  console.log('Architecture rules hold: no feature-to-feature import, no cast of API answers, API paths in api.ts, files ≤ 350 lines.');
}
