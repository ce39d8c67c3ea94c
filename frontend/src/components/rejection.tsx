import { useTranslation } from 'react-i18next';
import type { components } from '../types/api';

/**
 * What a publisher must fix after the CoE sent an item back: the structured reasons and the reviewer's comment.
 * Nothing when the last decision was not a rejection. Templates, stories and articles share it.
 */
export function Rejection({ review }: { review: components['schemas']['ReviewOutcome'] | undefined | null }) {
  const { t } = useTranslation();
  if (review?.decision !== 'reject') return null;
  return (
    <div className="rounded-8 border-2 border-red-900 p-4" data-testid="rejection">
      <p className="text-std-16B-170">{t('manage.rejected')}</p>
      <p>{(review.reasons ?? []).map((r) => t(`review.reasons.${r}`)).join('、')}</p>
      {review.comment && <p>{review.comment}</p>}
    </div>
  );
}
