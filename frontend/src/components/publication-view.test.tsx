import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { unwrapTagged, type Api } from '../lib/api-client';
import { changeLanguage } from '../lib/i18n';
import { jsonAnswer, renderAt } from '../testing/render';
import { PublicationView } from './publication-view';

const load = (api: Api, id: string) => unwrapTagged(api.GET('/api/v1/stories/{id}', { params: { path: { id } } }));

function serve(item: unknown, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/wards')) return jsonAnswer([{ slug: 'koto', nameJa: '江東区', nameEn: 'Koto' }]);
    if (path.endsWith('/platforms') || path.endsWith('/categories')) return jsonAnswer([]);
    return jsonAnswer(item, status);
  }));
}

function renderView() {
  return renderAt('/stories/s1', {
    '/stories/:id': <PublicationView name="story" load={load} templatesHeading="この事例で使ったテンプレート" top={<p>一覧へ</p>}
      meta={() => <> ・ 子育て</>} details={(s) => <p data-testid="details">{s.hoursSavedPerYear}時間</p>} />,
  }, 'minato-staff');
}

afterEach(() => vi.unstubAllGlobals());

describe('PublicationView', () => {
  it('shows the item with its ward, status, the feature\'s parts, the rendered body and the templates it links', async () => {
    await changeLanguage('ja');
    serve({
      id: 's1', status: 'published', ownerWard: 'koto', title: '学童保育の申込をオンライン化', body: '## 効果\n**10分**に', hoursSavedPerYear: 120,
      byCertifiedDeveloper: true, templates: [{ id: 't1', title: '学童保育申込管理アプリ', ownerWard: 'koto', status: 'published' }],
    });
    renderView();
    const heading = await screen.findByRole('heading', { level: 1, name: '学童保育の申込をオンライン化' });
    expect(screen.getByRole('article', { name: '学童保育の申込をオンライン化' })).toContainElement(heading);
    expect(await screen.findByText('江東区 ・ 公開中 ・ 子育て')).toBeInTheDocument();
    expect(screen.getByText('一覧へ')).toBeInTheDocument();
    expect(screen.getByTestId('certified-mark')).toBeInTheDocument();
    expect(screen.getByTestId('details')).toHaveTextContent('120時間');
    expect(screen.getByTestId('story-body').querySelector('h2')?.textContent).toBe('効果');
    expect(screen.getByRole('region', { name: 'この事例で使ったテンプレート' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '学童保育申込管理アプリ' })).toHaveAttribute('href', '/templates/t1');
  });

  it('says when the item is not there (or not visible to the user), with no empty page around it', async () => {
    await changeLanguage('ja');
    serve({ type: 'about:blank', title: 'Not Found', status: 404 }, 404);
    renderView();
    expect(await screen.findByRole('alert')).toHaveTextContent('お探しのページは見つかりませんでした。');
    expect(screen.queryByRole('article')).toBeNull();
  });
});
