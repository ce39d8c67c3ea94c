import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StaticAuthProvider, type Auth } from '../../../lib/auth';
import { changeLanguage } from '../../../lib/i18n';
import { ProposalPage } from './proposal-page';

const auth: Auth = { state: { status: 'authenticated', username: 'koto-staff' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };

const wards = [
  { slug: 'minato', nameJa: '港区', nameEn: 'Minato City' },
  { slug: 'koto', nameJa: '江東区', nameEn: 'Koto City' },
];

const proposal = {
  id: 'p1', title: '窓口予約のオンライン化', problem: '電話予約に毎日2時間', idea: 'フォームで受け付ける', anonymous: true,
  authorWard: 'minato', authorName: null, mine: false, status: 'solved', answer: '江東区のテンプレートで解決', supporters: 3,
  supportingWards: 2, wards: ['minato', 'koto'], supportedByMe: false, editable: false, answerable: false,
  template: { id: 't1', title: '窓口予約管理', ownerWard: 'koto' },
  history: [{ fromStatus: 'open', toStatus: 'solved', answer: '江東区のテンプレートで解決', byName: '港 花子', byWard: 'minato', at: '2026-06-01T01:00:00Z' }],
};

describe('ProposalPage', () => {
  it('shows an anonymous proposer as 匿名, the solving template and the history, and offers no support on a closed proposal', async () => {
    await changeLanguage('ja');
    vi.stubGlobal('fetch', vi.fn(async (request: Request) =>
      new Response(JSON.stringify(request.url.endsWith('/wards') ? wards : request.url.endsWith('/categories') ? [] : proposal),
        { status: 200, headers: { 'Content-Type': 'application/json' } })));
    render(
      <StaticAuthProvider value={auth}>
        <MemoryRouter initialEntries={['/proposals/p1']}>
          <Routes>
            <Route path="/proposals/:id" element={<ProposalPage />} />
          </Routes>
        </MemoryRouter>
      </StaticAuthProvider>,
    );
    expect(await screen.findByRole('heading', { name: '窓口予約のオンライン化' })).toBeInTheDocument();
    expect(await screen.findByText(/港区 ・ 匿名/)).toBeInTheDocument();
    expect(screen.getByTestId('proposal-status')).toHaveTextContent('解決済み');
    expect(screen.getByRole('link', { name: '窓口予約管理' })).toHaveAttribute('href', '/templates/t1');
    expect(screen.getByTestId('proposal-history')).toHaveTextContent('受付中 → 解決済み');
    expect(screen.queryByRole('button', { name: 'うちの区でも欲しい' })).toBeNull();
    expect(screen.queryByRole('heading', { name: '状態を変更する' })).toBeNull();
    vi.unstubAllGlobals();
  }, 30_000); // the shared CI machine renders slowly
});
