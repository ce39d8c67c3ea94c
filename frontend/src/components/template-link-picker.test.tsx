import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { StaticAuthProvider, type Auth } from '../lib/auth';
import { changeLanguage } from '../lib/i18n';
import { StaticMeProvider } from '../lib/me';
import { parseLinks, TemplateLinkPicker, type LinkableSearch, type LinkedTemplate } from './template-link-picker';

const auth: Auth = { state: { status: 'authenticated', username: 'koto-publisher' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };
const me = { subject: 's', username: 'koto-publisher', name: '江東 花子', ward: { slug: 'koto', code: '131083', nameJa: '江東区', nameEn: 'Koto City' }, roles: ['staff', 'publisher'] };

function Harness({ linkable }: { linkable: LinkableSearch }) {
  const [value, setValue] = useState<LinkedTemplate[]>([]);
  return <TemplateLinkPicker legend="関連するテンプレート" value={value} onChange={setValue} linkable={linkable} />;
}

describe('TemplateLinkPicker', () => {
  it('offers my ward drafts without text, searches with text, links and unlinks', async () => {
    await changeLanguage('ja');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    const linkable = vi.fn<LinkableSearch>(async (_api, query) => ({
      items: 'q' in query ? [{ id: 't2', title: '避難所運営管理アプリ', ownerWard: 'koto' }] : [{ id: 't1', title: '会議室予約（作成中）', ownerWard: 'koto' }],
    }));
    render(
      <StaticAuthProvider value={auth}>
        <StaticMeProvider me={me}>
          <Harness linkable={linkable} />
        </StaticMeProvider>
      </StaticAuthProvider>,
    );
    expect(await screen.findByRole('button', { name: '「会議室予約（作成中）」をつなげる' })).toBeInTheDocument();
    expect(linkable).toHaveBeenCalledWith(expect.anything(), { ward: 'koto' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'テンプレートを探す' }), '避難所');
    await userEvent.click(await screen.findByRole('button', { name: '「避難所運営管理アプリ」をつなげる' }));
    const linked = screen.getByTestId('linked-templates');
    const items = within(linked).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('避難所運営管理アプリ（');
    expect(screen.queryByRole('button', { name: '「避難所運営管理アプリ」をつなげる' })).toBeNull();
    await userEvent.click(within(linked).getByRole('button', { name: '「避難所運営管理アプリ」を外す' }));
    expect(within(linked).queryAllByRole('listitem')).toHaveLength(0);
    vi.unstubAllGlobals();
  });

  it('reads links back from the JSON a draft keeps, dropping anything malformed', () => {
    expect(parseLinks('[{"id":"t1","title":"A","ownerWard":"koto"},{"title":"no id"},3]')).toEqual([{ id: 't1', title: 'A', ownerWard: 'koto' }]);
    expect(parseLinks('not json')).toEqual([]);
  });
});
