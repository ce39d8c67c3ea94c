import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ApiError, type Api } from '../lib/api-client';
import { StaticAuthProvider } from '../lib/auth';
import { changeLanguage } from '../lib/i18n';
import { jsonAnswer, signedIn } from '../testing/render';
import { LinkingItems, OwnPublications } from './publication-lists';

const auth = signedIn('koto-publisher');
const wrap = (ui: React.ReactNode) => render(<StaticAuthProvider value={auth}><MemoryRouter>{ui}</MemoryRouter></StaticAuthProvider>);

afterEach(() => vi.unstubAllGlobals());

describe('OwnPublications', () => {
  it('lists the own ward\'s items in the chosen status, each linking to its page, under a heading that starts a new one', async () => {
    const list = vi.fn(async (_api: Api, _ward: string, _status: string) => ({ items: [{ id: 's1', title: '避難所の集計' }], total: 1 }));
    wrap(<OwnPublications ward="koto" status="rejected" list={list} base="/publish/stories" none="ありません" testId="mine"
      heading={{ title: '自区の成功事例', newLabel: '成功事例を書く' }} />);
    expect(await within(screen.getByTestId('mine')).findByRole('link', { name: '避難所の集計' })).toHaveAttribute('href', '/publish/stories/s1');
    expect(list).toHaveBeenCalledWith(expect.anything(), 'koto', 'rejected');
    expect(screen.getByRole('heading', { level: 2, name: '自区の成功事例' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '成功事例を書く' })).toHaveAttribute('href', '/publish/stories/new');
  });

  it('waits for the ward before asking, and says when there is nothing', async () => {
    const list = vi.fn(async () => ({ items: [], total: 0 }));
    const { rerender } = wrap(<OwnPublications ward={undefined} status="draft" list={list} base="/publish" none="この状態のものはありません。" />);
    expect(list).not.toHaveBeenCalled();
    rerender(<StaticAuthProvider value={auth}><MemoryRouter>
      <OwnPublications ward="koto" status="draft" list={list} base="/publish" none="この状態のものはありません。" />
    </MemoryRouter></StaticAuthProvider>);
    expect(await screen.findByText('この状態のものはありません。')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('LinkingItems', () => {
  it('lists what links a template with its ward, or says there is none', async () => {
    await changeLanguage('ja');
    vi.stubGlobal('fetch', vi.fn(async () => jsonAnswer([{ slug: 'koto', nameJa: '江東区', nameEn: 'Koto' }])));
    const ofTemplate = vi.fn(async () => ({ items: [{ id: 'a1', title: 'kintoneの権限設計', ownerWard: 'koto' }], total: 1 }));
    wrap(<LinkingItems templateId="t1" ofTemplate={ofTemplate} base="/articles" titleId="x-title" heading="このテンプレートの開発ノウハウ"
      testId="linking" none="まだありません。" />);
    const section = screen.getByRole('region', { name: 'このテンプレートの開発ノウハウ' });
    expect(await within(section).findByRole('link', { name: 'kintoneの権限設計' })).toHaveAttribute('href', '/articles/a1');
    await waitFor(() => expect(within(section).getByRole('listitem')).toHaveTextContent('kintoneの権限設計（江東区）'));
    expect(ofTemplate).toHaveBeenCalledWith(expect.anything(), 't1');
    expect(within(section).queryByText('まだありません。')).toBeNull();
  });

  it('says the list could not be loaded instead of "none" when the server fails', async () => {
    await changeLanguage('ja');
    vi.stubGlobal('fetch', vi.fn(async () => jsonAnswer([])));
    const ofTemplate = vi.fn(async () => {
      throw new ApiError({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'しばらくしてから再度お試しください。' });
    });
    wrap(<LinkingItems templateId="t1" ofTemplate={ofTemplate} base="/stories" titleId="y-title" heading="このテンプレートの成功事例"
      testId="linking" none="まだありません。" />);
    const section = screen.getByRole('region', { name: 'このテンプレートの成功事例' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('しばらくしてから再度お試しください。');
    expect(within(section).queryByText('まだありません。')).toBeNull();
  });
});
