// Writes N distinct search paths (1–3 words from the generator's vocabulary, a third with a filter), one per
// line, deterministically (fixed LCG seed). bench/search/mixed.lua rotates through them, one per request,
// so no cache of any kind can answer a repeated query. usage: node mixed.js 1000 > paths.txt
const pre = ['保育園','学童保育','避難所','防災','住民税','固定資産税','公用車','子育て','介護保険','図書館','イベント','施設',
  '窓口','職員','健康診断','給付金','家賃支援','粗大ごみ','放置自転車','道路','公園','選挙','国民健康保険','児童手当',
  '生活保護','障害福祉','予防接種','空き家','消防団','町会','転入','マイナンバー','会議室','備品','研修','議会'];
const act = ['申請','管理','予約','集計','受付','台帳','点検','報告','通知','相談','照会','審査','登録','調査','配信','交付'];
const suf = ['アプリ','システム','フォーム','一覧','表','ツール','ワークフロー','ダッシュボード'];
const short = ['税', '保育', '防災', '申請', '管理', '窓口', '子育て', '公園', 'kintone', 'excel'];
const platforms = ['kintone', 'power-apps', 'excel', 'logo-form'];
const categories = ['childcare', 'tax', 'disaster-prevention', 'general-affairs'];
let seed = 42;
const rnd = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const vocab = [...pre, ...act, ...suf, ...short];
const n = Number(process.argv[2] || 1000);
const seen = new Set();
while (seen.size < n) {
  const words = Array.from({ length: 1 + rnd(3) }, () => vocab[rnd(vocab.length)]);
  const params = new URLSearchParams({ q: words.join(' ') });
  const f = rnd(6);
  if (f === 0) params.set('platform', platforms[rnd(platforms.length)]);
  if (f === 1) params.set('category', categories[rnd(categories.length)]);
  if (f === 2) params.set('sort', 'adopted');
  seen.add('/api/v1/templates?' + params.toString());
}
console.log([...seen].join('\n'));
