import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useUnreadCount } from '../api';

/** The header's bell: the unread count, linking to the inbox. Mounted by app/layout (the header imports no feature). */
export function NotificationBell() {
  const { t } = useTranslation();
  const location = useLocation();
  const count = useUnreadCount(location.pathname);
  return (
    <Link
      to="/notifications"
      data-testid="notification-bell"
      aria-label={t('notifications.bell', { count })}
      className="inline-flex min-h-11 items-center gap-2 rounded-8 border border-blue-900 bg-white px-3 text-std-16B-170 text-blue-900 no-underline hover:bg-blue-50 focus-visible:outline-4"
    >
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      <span data-testid="unread-count" className={count > 0 ? 'rounded-full bg-red-900 px-2 text-white' : ''}>
        {count}
      </span>
    </Link>
  );
}
