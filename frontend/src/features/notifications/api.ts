import { useEffect } from 'react';
import { useApi, useSend } from '../../lib/use-api';
import type { components } from '../../types/api';

export type NotificationPage = components['schemas']['NotificationPage'];
export type NotificationView = components['schemas']['NotificationView'];
export type Preferences = components['schemas']['Preferences'];
type UnreadCount = components['schemas']['UnreadCount'];

/** How often the bell asks for the unread count while the page is open. */
const BELL_POLL_MS = 30_000;

/** One page of the caller's notifications, newest first. */
export function useInbox(unreadOnly: boolean, page: number) {
  return useApi<NotificationPage>(`/notifications?unread=${unreadOnly}&page=${page}&size=20`);
}

/** The unread count for the bell, refreshed on a timer and whenever `refreshKey` changes (e.g. the route). */
export function useUnreadCount(refreshKey: string) {
  const { data, reload } = useApi<NotificationPage>('/notifications?unread=true&size=1');
  useEffect(() => {
    reload();
    const timer = window.setInterval(reload, BELL_POLL_MS);
    return () => window.clearInterval(timer);
  }, [reload, refreshKey]);
  return data?.unreadCount ?? 0;
}

export function usePreferences() {
  return useApi<Preferences>('/me/preferences');
}

export function useNotificationActions() {
  const send = useSend();
  return {
    markRead: (ids: string[]) => send<UnreadCount>('/notifications/read', 'POST', { ids }),
    markAllRead: () => send<UnreadCount>('/notifications/read', 'POST', { all: true }),
    savePreferences: (preferences: Preferences) => send<Preferences>('/me/preferences', 'PUT', preferences),
  };
}
