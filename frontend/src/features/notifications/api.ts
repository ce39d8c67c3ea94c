import { useEffect } from 'react';
import { unwrap, type Api } from '../../lib/api-client';
import { useQuery } from '../../lib/use-api';
import type { components } from '../../types/api';

export type NotificationPage = components['schemas']['NotificationPage'];
export type NotificationView = components['schemas']['NotificationView'];
export type Preferences = components['schemas']['Preferences'];

/** How often the bell asks for the unread count while the page is open. */
const BELL_POLL_MS = 30_000;

/** The caller's notifications and mail preferences. */
export const notificationsApi = {
  /** One page of the caller's notifications, newest first. */
  inbox: (api: Api, unreadOnly: boolean, page: number) =>
    unwrap(api.GET('/api/v1/notifications', { params: { query: { unread: unreadOnly, page, size: 20 } } })),
  unread: (api: Api) => unwrap(api.GET('/api/v1/notifications', { params: { query: { unread: true, size: 1 } } })),
  markRead: (api: Api, ids: string[]) => unwrap(api.POST('/api/v1/notifications/read', { body: { ids } })),
  markAllRead: (api: Api) => unwrap(api.POST('/api/v1/notifications/read', { body: { all: true } })),
  preferences: (api: Api) => unwrap(api.GET('/api/v1/me/preferences')),
  savePreferences: (api: Api, preferences: Preferences) => unwrap(api.PUT('/api/v1/me/preferences', { body: preferences })),
};

/** The unread count for the bell, refreshed on a timer and whenever `refreshKey` changes (e.g. the route). */
export function useUnreadCount(refreshKey: string) {
  const { data, reload } = useQuery(notificationsApi.unread, []);
  useEffect(() => {
    reload();
    const timer = window.setInterval(reload, BELL_POLL_MS);
    return () => window.clearInterval(timer);
  }, [reload, refreshKey]);
  return data?.unreadCount ?? 0;
}
