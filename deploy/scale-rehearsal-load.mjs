// The load of deploy/scale-rehearsal.sh: searches and writes through the load balancer until the script creates
// STOP_FILE (or LOAD_SECONDS pass, a safety bound), one JSON line per request. Writers create a draft and at once
// search for it with the read-your-writes cookie the write answered with (any API replica may serve that search),
// so "a publisher sees their own edit" is measured on every write. Paced, not flat out: the machine is shared and
// the point is correctness under failure.
// usage: LB=http://127.0.0.1:8417 STAFF_TOKEN=… PUBLISHER_TOKENS=t1,t2 STOP_FILE=… LOAD_SECONDS=180 node scale-rehearsal-load.mjs > requests.jsonl
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';

const lb = process.env.LB;
const seconds = Number(process.env.LOAD_SECONDS ?? 180);
const stopFile = process.env.STOP_FILE;
const readers = Number(process.env.READERS ?? 4);
const pauseMs = Number(process.env.PAUSE_MS ?? 40);
const staff = process.env.STAFF_TOKEN;
const publishers = process.env.PUBLISHER_TOKENS.split(',');
const words = ['保育', '防災', '避難所', '申請', 'kintone', '予約', '税', '子育て', 'RPA', '集計'];
const end = Date.now() + seconds * 1000;
const running = () => Date.now() < end && !(stopFile && existsSync(stopFile));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function record(r) {
  process.stdout.write(JSON.stringify(r) + '\n');
}

// node:http, one connection per request: a failure belongs to exactly one request and shows in HAProxy's log.
// (fetch's pooled keep-alive connections lost requests queued behind the one in flight on the killed replica.)
function send(method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(lb + path, { method, headers, agent: false, timeout: 20000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d)).on('end', () => resolve({ res, text })).on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout'))).on('error', reject);
    req.end(body);
  });
}

async function call(kind, method, path, token, { body, cookie } = {}) {
  const started = Date.now();
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json', connection: 'close' };
  const payload = body && JSON.stringify(body);
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  if (cookie) headers.cookie = cookie;
  let status = 0, server = '', json = null, setCookie = null, error = null;
  try {
    const { res, text } = await send(method, path, headers, payload);
    status = res.statusCode;
    server = res.headers['x-served-by'] ?? '';
    setCookie = res.headers['set-cookie']?.[0] ?? null;
    try { json = JSON.parse(text); } catch { json = null; }
  } catch (e) {
    error = String(e.code ?? e.message ?? e);
  }
  const r = { kind, method, started, ended: Date.now(), status, server, error };
  return { r, json, setCookie };
}

async function reader(i) {
  for (let n = 0; running(); n++) {
    const q = encodeURIComponent(words[(i + n) % words.length]);
    const { r, json } = await call('search', 'GET', `/api/v1/templates?q=${q}`, staff);
    r.items = json?.total ?? null;
    record(r);
    await sleep(pauseMs);
  }
}

async function writer(i) {
  const token = publishers[i % publishers.length];
  for (let n = 0; running(); n++) {
    const tag = `rw${randomUUID().slice(0, 8)}`;
    const body = { title: `スケール演習 ${i}-${n}`, platform: 'kintone', category: 'disaster-prevention', personalData: 'none',
      summary: '負荷試験で作成した下書き', tags: [tag] };
    const { r, json, setCookie } = await call('write', 'POST', '/api/v1/templates', token, { body });
    r.id = r.status === 201 ? json?.id : null;
    const cookie = setCookie?.split(';')[0];
    r.cookie = Boolean(cookie);
    record(r);
    if (r.id) {
      // the writer's own next read: a search that only the primary (or a caught-up replica) can answer
      const own = await call('own-read', 'GET', `/api/v1/templates?tag=${tag}&status=draft`, token, { cookie });
      own.r.id = r.id;
      own.r.found = (own.json?.items ?? []).some((t) => t.id === r.id);
      record(own.r);
    }
    await sleep(pauseMs * 2);
  }
}

await Promise.all([...Array(readers).keys()].map(reader).concat(publishers.map((_, i) => writer(i))));
