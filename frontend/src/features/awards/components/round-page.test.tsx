import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StaticAuthProvider, type Auth } from '../../../lib/auth';
import { changeLanguage } from '../../../lib/i18n';
import { StaticMeProvider, type Me } from '../../../lib/me';
import { RoundPage } from './round-page';

const auth: Auth = { state: { status: 'authenticated', username: 'u' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };

const round = { id: 'r1', fiscalYear: 2026, title: '2026年度 アワード', phase: 'judging', weights: { workReduction: 40, residentService: 30, originality: 30 }, entries: 2 };
const entries = {
  total: 2,
  items: [
    { id: 'e1', ward: 'koto', title: '避難所アプリ', statement: '集計を自動化', evidence: { fiscalYears: [2025, 2026], hoursSavedMeasured: 70, crossWardAdoptions: 2 },
      myScore: { workReduction: 4, residentService: 4, originality: 3 } },
    { id: 'e2', ward: 'sumida', title: '意識調査フォーム', statement: '14日で公開', evidence: { fiscalYears: [2025, 2026], hoursSavedMeasured: 0 } },
  ],
};
const results = {
  items: [
    { entryId: 'e1', ward: 'koto', title: '避難所アプリ', normalisedScore: 4.897, rawScore: 3, rank: 1, rawRank: 2, sheets: 1, flags: ['insufficientScores'], prize: 'grand' },
  ],
};

function serve(r: object) {
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    const url = request.url;
    const body = url.endsWith('/entries?size=100') ? entries : url.endsWith('/results') ? results : r;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }));
}

function page(who: Partial<Me>) {
  const me: Me = { subject: 's', username: 'u', name: '審査 由美', ward: null, roles: [], ...who };
  render(
    <StaticAuthProvider value={auth}>
      <StaticMeProvider me={me}>
        <MemoryRouter initialEntries={['/awards/r1']}>
          <Routes>
            <Route path="/awards/:id" element={<RoundPage />} />
          </Routes>
        </MemoryRouter>
      </StaticMeProvider>
    </StaticAuthProvider>,
  );
}

describe('RoundPage', () => {
  it('gives a judge the queue with progress, evidence and the three criteria with their weights', async () => {
    await changeLanguage('ja');
    serve(round);
    page({ roles: ['award_committee'] });
    expect(await screen.findByTestId('judging-progress')).toHaveTextContent('2 件中 1 件採点済み');
    const sheet = screen.getByRole('form', { name: '審査: 避難所アプリ' });
    expect(within(sheet).getByLabelText(/業務削減効果（配点 40）/)).toHaveValue('4');
    expect(within(sheet).getByLabelText(/独創性（配点 30）/)).toHaveValue('3');
    expect(screen.getAllByText('確定した実績値（2025–2026年度）')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /へ進める/ })).toBeNull();
    vi.unstubAllGlobals();
  });

  it('shows the winners and both ranks once published, with no prize controls for staff', async () => {
    await changeLanguage('ja');
    serve({ ...round, phase: 'published' });
    page({ roles: ['staff'], ward: { slug: 'minato', code: '131032', nameJa: '港区', nameEn: 'Minato City' } });
    expect(await screen.findByTestId('winners')).toHaveTextContent('大賞避難所アプリ（koto）');
    const row = screen.getAllByRole('row')[1];
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '2', '避難所アプリ', 'koto', '4.897', '3', '1', '採点不足', '大賞']);
    expect(screen.queryByRole('combobox')).toBeNull();
    vi.unstubAllGlobals();
  });
});
