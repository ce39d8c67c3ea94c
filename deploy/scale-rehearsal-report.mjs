// Reads the request log of deploy/scale-rehearsal-load.mjs and prints the rehearsal's figures as shell variables.
// A request counts as "in flight on the killed replica" when the balancer answered it 502 naming the killed server
// (HAProxy's SH: the server closed the connection before answering) at or after the kill; the driver opens one
// connection per request, so no other request can fail with it. Acknowledged write ids go to
// acknowledged.txt beside the log, for the check against the databases.
// usage: node scale-rehearsal-report.mjs requests.jsonl <killed-at ms> <replica-down ms> <replica-up ms>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [file, killedAt, downAt, upAt] = [process.argv[2], ...process.argv.slice(3).map(Number)];
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const ok = (r) => r.status >= 200 && r.status < 300;
const inFlightOnKilled = (r) => r.status === 502 && r.server === 'api2' && r.ended >= killedAt;
const failed = rows.filter((r) => !ok(r));
const whileDown = rows.filter((r) => r.kind === 'search' && r.started >= downAt && r.ended <= upAt);
const writes = rows.filter((r) => r.kind === 'write');
const own = rows.filter((r) => r.kind === 'own-read');
const ms = (rs) => rs.map((r) => r.ended - r.started).sort((a, b) => a - b);
const pct = (xs, p) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] : 0);
const before = ms(rows.filter((r) => r.kind === 'search' && r.ended < Math.min(killedAt, downAt) && ok(r)));
const down = ms(whileDown);
writeFileSync(join(dirname(file), 'acknowledged.txt'), writes.filter((r) => r.id).map((r) => r.id).sort().join('\n') + '\n');

const out = {
  requests: rows.length,
  searches: rows.filter((r) => r.kind === 'search').length,
  acknowledged: writes.filter((r) => r.id).length,
  failed_requests: failed.length,
  in_flight_failed: failed.filter(inFlightOnKilled).length,
  unexpected_failures: failed.filter((r) => !inFlightOnKilled(r)).length,
  failure_statuses: [...new Set(failed.map((r) => `${r.kind}:${r.status}${r.error ? ':' + r.error : ''}@${r.server || '-'}`))].join(',') || 'none',
  served_by_api1: rows.filter((r) => r.server === 'api1').length,
  served_by_api2: rows.filter((r) => r.server === 'api2').length,
  search_p50_ms_before: pct(before, 50),
  search_p95_ms_before: pct(before, 95),
  searches_while_down: whileDown.length,
  failed_while_down: whileDown.filter((r) => !ok(r)).length,
  p50_ms_while_down: pct(down, 50),
  max_ms_while_down: down.length ? down[down.length - 1] : 0,
  own_reads: own.length,
  own_misses: own.filter((r) => ok(r) && !r.found).length,
  writes_without_cookie: writes.filter((r) => r.id && !r.cookie).length,
};
// The shell sources these lines: a quote inside a value (an error text) must stay inside it.
const quoted = (v) => `'${String(v).replaceAll("'", "'\\''")}'`;
for (const [k, v] of Object.entries(out)) console.log(`${k}=${typeof v === 'string' ? quoted(v) : v}`);
