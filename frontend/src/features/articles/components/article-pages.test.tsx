import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StaticAuthProvider, type Auth } from '../../../lib/auth';
import { changeLanguage } from '../../../lib/i18n';
import { ArticlesPage } from './articles-page';
import { ArticlePage } from './article-page';
import { ArticleEditPage, splitTags } from './article-edit-page';

const auth: Auth = { state: { status: 'authenticated', username: 'koto-publisher' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
const platforms = [{ slug: 'kintone', nameJa: 'kintone', nameEn: 'kintone' }, { slug: 'power-apps', nameJa: 'Power Apps', nameEn: 'Power Apps' }];
const wards = [{ slug: 'koto', nameJa: '江東区', nameEn: 'Koto' }];

/** A fake API: reference data, plus `answer` for everything else; every request is kept for assertions. */
function serve(answer: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    requests.push(request.clone());
    const path = new URL(request.url).pathname;
    if (path.endsWith('/platforms')) return json(platforms);
    if (path.endsWith('/categories')) return json([{ slug: 'childcare', nameJa: '子育て・保育', nameEn: 'Childcare' }]);
    if (path.endsWith('/wards')) return json(wards);
    return answer(request);
  }));
  return requests;
}

function at(path: string, route: string, element: React.ReactNode) {
  return render(
    <StaticAuthProvider value={auth}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={element} />
        </Routes>
      </MemoryRouter>
    </StaticAuthProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const result = (items: unknown[], platform: { value: string; count: number }[]) => ({
  items, page: 0, size: 20, total: items.length,
  facets: { platform, category: [{ value: 'childcare', count: items.length }], ward: [{ value: 'koto', count: items.length }], tag: [] },
});
const kintone = { id: 'a1', status: 'published', ownerWard: 'koto', title: '保育所申請フォームの入力チェック', platform: 'kintone', category: 'childcare', tags: ['入力チェック'] };
const powerApps = { id: 'a2', status: 'published', ownerWard: 'koto', title: '保育料計算フロー', platform: 'power-apps', category: 'childcare', tags: [] };

describe('ArticlesPage', () => {
  it('searches with the words typed, narrows by a facet value and removes the filter again', async () => {
    await changeLanguage('ja');
    const requests = serve((request) => {
      const platform = new URL(request.url).searchParams.get('platform');
      return json(platform === 'kintone' ? result([kintone], [{ value: 'kintone', count: 1 }, { value: 'power-apps', count: 1 }])
        : result([kintone, powerApps], [{ value: 'kintone', count: 1 }, { value: 'power-apps', count: 1 }]));
    });
    at('/articles', '/articles', <ArticlesPage />);
    expect(screen.getByRole('heading', { level: 1, name: '開発ノウハウ' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '保育料計算フロー' })).toHaveAttribute('href', '/articles/a2');

    await userEvent.type(screen.getByRole('searchbox', { name: 'キーワード' }), '保育 申請');
    await userEvent.click(screen.getByRole('button', { name: '検索' }));
    await waitFor(() => expect(requests.some((r) => new URL(r.url).searchParams.get('q') === '保育 申請')).toBe(true));

    const platformFacet = screen.getByRole('region', { name: 'プラットフォーム' });
    await userEvent.click(within(platformFacet).getByRole('button', { name: 'kintone（1）で絞り込む' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: '保育料計算フロー' })).toBeNull());
    const last = new URL(requests[requests.length - 1].url).searchParams;
    expect(last.get('platform')).toBe('kintone');
    expect(last.get('q')).toBe('保育 申請');

    await userEvent.click(within(platformFacet).getByRole('button', { name: '「kintone」の絞り込みを解除' }));
    expect(await screen.findByRole('link', { name: '保育料計算フロー' })).toBeInTheDocument();
  });
});

describe('ArticlePage', () => {
  it('renders the Markdown body with scripts inert, the tags and the linked templates', async () => {
    await changeLanguage('ja');
    serve(() => json({
      ...kintone, body: '## 手順\n**必須チェック**を入れる\n\n<script>window.pwned = true</script>\n[危険](javascript:window.pwned=true)',
      templates: [{ id: 't1', title: '保育所入所申請フォーム', ownerWard: 'koto', status: 'published' }], byCertifiedDeveloper: false,
    }));
    at('/articles/a1', '/articles/:id', <ArticlePage />);
    expect(await screen.findByRole('heading', { level: 1, name: '保育所申請フォームの入力チェック' })).toBeInTheDocument();
    const body = screen.getByTestId('article-body');
    expect(body.querySelector('h2')?.textContent).toBe('手順');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    expect(within(screen.getByRole('list', { name: 'タグ' })).getByText('入力チェック')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '保育所入所申請フォーム' })).toHaveAttribute('href', '/templates/t1');
  });
});

describe('ArticleEditPage', () => {
  it('sends an edit as a merge patch with the loaded ETag as If-Match, tags split at 、 and commas', async () => {
    await changeLanguage('ja');
    const article = { ...kintone, status: 'draft', body: '本文', templates: [], byCertifiedDeveloper: false };
    const requests = serve((request) => {
      if (request.method === 'PATCH') return json({ ...article, title: '改題' }, { headers: { ETag: '"4"' } });
      if (new URL(request.url).pathname.endsWith('/articles/a1')) return json(article, { headers: { ETag: '"3"' } });
      return json({ items: [], page: 0, size: 20, total: 0, facets: {} });
    });
    at('/publish/articles/a1', '/publish/articles/:id', <ArticleEditPage />);
    const title = await screen.findByDisplayValue('保育所申請フォームの入力チェック');
    expect(screen.getByLabelText(/^タイトル/)).toBe(title);
    await userEvent.clear(title);
    await userEvent.type(title, '改題');
    const tags = screen.getByLabelText('タグ');
    await userEvent.clear(tags);
    await userEvent.type(tags, '入力チェック、必須項目, 保育');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('保存しました。')).toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(patch.headers.get('Content-Type')).toBe('application/merge-patch+json');
    const sent = await patch.json();
    expect(sent.title).toBe('改題');
    expect(sent.tags).toEqual(['入力チェック', '必須項目', '保育']);
  });

  it('splits tags on commas and 、, drops blanks and duplicates', () => {
    expect(splitTags(' a、b,,c，a ')).toEqual(['a', 'b', 'c']);
  });
});
