import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { buttonSecondary } from '../../../components/field';
import type { Api } from '../../../lib/api-client';
import { useMutation, useQuery } from '../../../lib/use-api';
import { notificationsApi, type NotificationView } from '../api';
import { notificationText } from './notification-text';

/** The caller's notifications: all or unread only, newest first; opening one marks it read. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(0);
  const inbox = useQuery((api) => notificationsApi.inbox(api, unreadOnly, page), [unreadOnly, page]);
  const mutation = useMutation();
  const error = mutation.error && (mutation.error.status > 0 ? mutation.error.message : t('errors.network'));
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' });

  const run = async (work: (api: Api) => Promise<unknown>) => {
    if ((await mutation.run(work)).ok) inbox.reload();
  };
  const open = (n: NotificationView) => run(async (api) => {
    const id = n.read ? undefined : n.id;
    if (id) await notificationsApi.markRead(api, [id]);
    void navigate(n.link ?? '/notifications');
  });

  const data = inbox.data;
  const items = data?.items ?? [];
  const unread = data?.unreadCount ?? 0;
  const pages = data ? Math.max(1, Math.ceil((data.total ?? 0) / (data.size ?? 20))) : 1;
  return (
    <section aria-labelledby="inbox-title" className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 id="inbox-title" className="text-std-32B-150">{t('notifications.title')}</h1>
        <Link to="/notifications/settings">{t('notifications.settingsLink')}</Link>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <div role="group" aria-label={t('notifications.filter')} className="flex gap-2">
          {[false, true].map((u) => (
            <button key={String(u)} type="button" aria-pressed={unreadOnly === u} className={buttonSecondary}
              onClick={() => { setUnreadOnly(u); setPage(0); }}>
              {u ? t('notifications.unreadOnly') : t('notifications.all')}
            </button>
          ))}
        </div>
        <button type="button" className={buttonSecondary} disabled={unread === 0}
          onClick={() => void run(notificationsApi.markAllRead)}>
          {t('notifications.markAllRead')}
        </button>
        {data && <p role="status" data-testid="inbox-unread">{t('notifications.unreadCount', { count: unread })}</p>}
      </div>
      {error && <p role="alert" className="text-red-900">{error}</p>}
      {inbox.loading && !data && <p role="status">{t('auth.loading')}</p>}
      {data && items.length === 0 && <p>{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p>}
      {items.length > 0 && (
        <ul className="divide-y divide-solid-gray-420 rounded-8 border border-solid-gray-420" data-testid="inbox">
          {items.map((n) => (
            <li key={n.id} className={`p-4 ${n.read ? 'bg-white' : 'bg-blue-50'}`} data-testid="notification" data-kind={n.kind}>
              <p>
                {!n.read && <span className="mr-2 rounded-4 bg-blue-900 px-2 text-std-16B-170 text-white">{t('notifications.new')}</span>}
                <a href={n.link ?? '/notifications'} className="text-blue-1000 underline" onClick={(e) => { e.preventDefault(); void open(n); }}>
                  {notificationText(t, n)}
                </a>
              </p>
              <p className="text-solid-gray-700">{n.createdAt && <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>}</p>
            </li>
          ))}
        </ul>
      )}
      {data && pages > 1 && (
        <nav aria-label={t('notifications.pages')} className="flex items-center gap-4">
          <button type="button" className={buttonSecondary} disabled={page === 0} onClick={() => setPage(page - 1)}>{t('notifications.previous')}</button>
          <span>{t('notifications.pageOf', { page: page + 1, pages })}</span>
          <button type="button" className={buttonSecondary} disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>{t('notifications.next')}</button>
        </nav>
      )}
    </section>
  );
}
