import type { TFunction } from 'i18next';
import type { NotificationView } from '../api';

/** The sentence for one notification in the current language; kinds without their own text use the generic one. */
export function notificationText(t: TFunction, n: NotificationView): string {
  const d = n.detail ?? {};
  const values = {
    title: n.title,
    actor: n.actorName ?? '',
    version: d.version ?? '',
    reasons: (d.reasons ?? []).map((r) => t(`notifications.reasons.${r}`, { defaultValue: r })).join('、'),
    comment: d.comment ?? '',
    stars: d.stars ?? '',
    status: d.status ?? '',
  };
  return t(`notifications.kinds.${n.kind}`, { ...values, defaultValue: t('notifications.kinds.generic', values) });
}
