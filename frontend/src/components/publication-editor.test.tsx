import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { patchOf, unwrapTagged, type Api } from '../lib/api-client';
import { changeLanguage } from '../lib/i18n';
import { usePublicationForm } from '../lib/use-publication-form';
import { jsonAnswer, renderAt } from '../testing/render';
import type { StoryDetail, StoryFields } from '../types/schemas';
import { TextField } from './field';
import { PublicationEditor } from './publication-editor';

// The shared editor with a minimal story-like item: title, English title and body; the feature's pages add fields.
const EMPTY = { title: '', titleEn: '', body: '' };
type Form = typeof EMPTY;
const calls = {
  get: (api: Api, id: string) => unwrapTagged(api.GET('/api/v1/stories/{id}', { params: { path: { id } } })),
  create: (api: Api, body: StoryFields) => unwrapTagged(api.POST('/api/v1/stories', { body })),
  patch: (api: Api, id: string, body: StoryFields, etag: string) => unwrapTagged(api.PATCH('/api/v1/stories/{id}', patchOf(id, body, etag))),
};
const submit = (api: Api, id: string) => unwrapTagged(api.POST('/api/v1/stories/{id}/submit', { params: { path: { id } } }));

function Editor({ lifecycle = true }: { lifecycle?: boolean }) {
  const story = usePublicationForm<StoryDetail, Form, StoryFields>('stories', {
    calls, submit, empty: EMPTY, toForm: (s) => ({ title: s.title ?? '', titleEn: s.titleEn ?? '', body: s.body ?? '' }),
    toFields: (f) => ({ title: f.title, titleEn: f.titleEn || undefined, body: f.body }),
    pageOf: (id) => (lifecycle ? `/publish/stories/${id}` : `/manage/${id}`), saved: lifecycle ? '保存しました。' : undefined,
  });
  const { form, set } = story.edit;
  return (
    <PublicationEditor form={story} titleId="story-edit-title" heading={form.title || '成功事例を書く'} titleSupport="題名"
      saveLabel="保存" lifecycle={lifecycle ? { statusTestId: 'story-status', viewTo: `/stories/${story.id}`, viewLabel: '公開ページを見る' } : undefined}>
      <TextField label="本文" name="body" rows={4} value={form.body} onChange={set('body')} />
    </PublicationEditor>
  );
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function openAt(path: string, lifecycle = true) {
  return renderAt(path, {
    '/publish/stories/new': <Editor lifecycle={lifecycle} />,
    '/publish/stories/:id': <><Editor lifecycle={lifecycle} /><Where /></>,
    '/manage/:id': <Where />,
  });
}

const json = (body: unknown, status = 200, etag?: string) => jsonAnswer(body, status, etag ? { ETag: etag } : {});
const requests: Request[] = [];
function serve(answer: (request: Request) => Response) {
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    requests.push(request.clone());
    return answer(request);
  }));
}
const draft = { id: 's1', status: 'draft', ownerWard: 'koto', title: '避難所の集計', body: '本文' };

beforeEach(async () => {
  await changeLanguage('ja');
  requests.length = 0;
  sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('PublicationEditor', () => {
  it('saves an edit as a merge patch with the loaded ETag as If-Match and says so', async () => {
    serve((r) => (r.method === 'PATCH' ? json({ ...draft, title: '避難所の集計を自動化' }, 200, '"8"') : json(draft, 200, '"7"')));
    openAt('/publish/stories/s1');
    const title = await screen.findByDisplayValue('避難所の集計');
    expect(screen.getByTestId('story-status')).toHaveTextContent('下書き');
    await userEvent.type(title, 'を自動化');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('status')).toHaveTextContent('保存しました。');
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"7"');
    expect(patch?.headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(await patch?.json()).toEqual({ title: '避難所の集計を自動化', titleEn: null, body: '本文' });
    expect(screen.getByTestId('where')).toHaveTextContent('/publish/stories/s1');
  });

  it('shows the conflict when someone saved meanwhile (412) and keeps what was typed', async () => {
    serve((r) => (r.method === 'PATCH'
      ? json({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: '他の人が先に更新しました。読み込み直してください。' }, 412)
      : json(draft, 200, '"7"')));
    openAt('/publish/stories/s1');
    const title = await screen.findByDisplayValue('避難所の集計');
    await userEvent.clear(title);
    await userEvent.type(title, '私の変更');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('他の人が先に更新しました。読み込み直してください。');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByLabelText(/^タイトル/)).toHaveValue('私の変更');
    expect(JSON.parse(sessionStorage.getItem('yokoten.draft.stories/s1') ?? '{}').title).toBe('私の変更');
  });

  it('binds a field error to its field and creates a new item at its own page once valid', async () => {
    serve((r) => {
      if (r.method !== 'POST') return json({ ...draft, id: 's9' }, 200, '"1"');
      return requests.filter((q) => q.method === 'POST').length === 1
        ? json({ type: 'about:blank', title: 'Invalid input', status: 400, errors: [{ field: 'title', message: 'must not be blank' }] }, 400)
        : json({ ...draft, id: 's9' }, 201, '"1"');
    });
    openAt('/publish/stories/new');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const title = screen.getByLabelText(/^タイトル/);
    expect(await screen.findByText('＊must not be blank')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(title, '避難所の集計');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByTestId('where')).toHaveTextContent('/publish/stories/s9');
    expect(screen.queryByRole('button', { name: 'CoE審査に提出' })).toBeInTheDocument();
  });

  it('submits a draft to review, then locks the fields and hides submit', async () => {
    serve((r) => (r.url.endsWith('/submit') ? json({ ...draft, status: 'in_review' }, 200, '"9"') : json(draft, 200, '"7"')));
    openAt('/publish/stories/s1');
    await screen.findByDisplayValue('避難所の集計');
    await userEvent.click(screen.getByRole('button', { name: 'CoE審査に提出' }));
    expect(await screen.findByRole('status')).toHaveTextContent('審査に提出しました。');
    expect(screen.getByTestId('story-status')).toHaveTextContent('審査中');
    expect(screen.getByLabelText(/^タイトル/)).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'CoE審査に提出' })).toBeNull();
  });

  it('saves what was typed before it submits, so review gets what the form shows', async () => {
    serve((r) => {
      if (r.url.endsWith('/submit')) return json({ ...draft, title: '避難所の集計を自動化', status: 'in_review' }, 200, '"9"');
      return r.method === 'PATCH' ? json({ ...draft, title: '避難所の集計を自動化' }, 200, '"8"') : json(draft, 200, '"7"');
    });
    openAt('/publish/stories/s1');
    await userEvent.type(await screen.findByDisplayValue('避難所の集計'), 'を自動化');
    await userEvent.click(screen.getByRole('button', { name: 'CoE審査に提出' }));
    expect(await screen.findByRole('status')).toHaveTextContent('審査に提出しました。');
    expect(requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${new URL(r.url).pathname}`))
      .toEqual(['PATCH /api/v1/stories/s1', 'POST /api/v1/stories/s1/submit']);
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.headers.get('If-Match')).toBe('"7"');
    expect((await patch?.json()).title).toBe('避難所の集計を自動化');
    expect(screen.getByTestId('story-status')).toHaveTextContent('審査中');
  });

  it('submits nothing when saving the typing fails, and keeps the typing', async () => {
    serve((r) => (r.method === 'PATCH'
      ? json({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: '他の人が先に更新しました。読み込み直してください。' }, 412)
      : json(draft, 200, '"7"')));
    openAt('/publish/stories/s1');
    await userEvent.type(await screen.findByDisplayValue('避難所の集計'), 'を自動化');
    await userEvent.click(screen.getByRole('button', { name: 'CoE審査に提出' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('他の人が先に更新しました。');
    expect(requests.some((r) => r.url.endsWith('/submit'))).toBe(false);
    expect(screen.getByTestId('story-status')).toHaveTextContent('下書き');
    expect(screen.getByLabelText(/^タイトル/)).toHaveValue('避難所の集計を自動化');
  });

  it('shows why a rejected item came back and links a published one to its public page', async () => {
    serve(() => json({ ...draft, status: 'rejected', lastReview: { decision: 'reject', reasons: [], comment: '効果の数字を添えてください。' } }, 200, '"3"'));
    const first = openAt('/publish/stories/s1');
    expect(await screen.findByTestId('rejection')).toHaveTextContent('効果の数字を添えてください。');
    expect(screen.getByLabelText(/^タイトル/)).toBeEnabled();
    first.unmount();

    serve(() => json({ ...draft, status: 'published' }, 200, '"4"'));
    openAt('/publish/stories/s1');
    expect(await screen.findByRole('link', { name: '公開ページを見る' })).toHaveAttribute('href', '/stories/s1');
    expect(screen.queryByTestId('rejection')).toBeNull();
  });

  it('without a life cycle (the template form) has no status, no lock and opens the item after every save', async () => {
    serve((r) => (r.method === 'PATCH' ? json({ ...draft, status: 'in_review' }, 200, '"8"') : json({ ...draft, status: 'in_review' }, 200, '"7"')));
    openAt('/publish/stories/s1', false);
    const title = await screen.findByDisplayValue('避難所の集計');
    expect(screen.queryByTestId('story-status')).toBeNull();
    expect(title).toBeEnabled();
    expect(within(screen.getByRole('region', { name: '避難所の集計' })).queryByRole('group')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/manage/s1'));
    expect(requests.find((r) => r.method === 'PATCH')?.headers.get('If-Match')).toBe('"7"');
  });
});
