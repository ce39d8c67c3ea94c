import { useTranslation } from 'react-i18next';
import { PrizeBadges } from '../../../components/prize-badges';
import { useLabels } from '../../../lib/labels';
import { renderMarkdown } from '../../../lib/markdown';
import type { TemplateDetail } from '../../../types/schemas';

/** A template's title, facts, Markdown description (sanitised here) and the last review outcome. */
export function TemplateOverview({ tpl }: { tpl: TemplateDetail }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const title = i18n.language === 'en' && tpl.titleEn ? tpl.titleEn : tpl.title;
  return (
    <>
      <header className="space-y-2">
        <h1 id="tpl-title" className="text-std-32B-150">
          {title}
        </h1>
        <PrizeBadges prizes={tpl.prizes} />
        {tpl.byCertifiedDeveloper && (
          <p className="inline-block rounded-4 border border-green-900 px-2 text-green-1000" data-testid="certified-mark">{t('certifications.mark')}</p>
        )}
        {(tpl.solvedProposals?.proposals ?? 0) > 0 && (
          <p data-testid="solved-proposals">{t('proposals.solves', { count: tpl.solvedProposals?.proposals, wards: tpl.solvedProposals?.wards })}</p>
        )}
        {tpl.status !== 'published' && (
          <p className="inline-block rounded-4 bg-yellow-100 px-2">{t(`status.${tpl.status}`)}</p>
        )}
        <p className="text-solid-gray-700">
          {labels.ward(tpl.ownerWard)} ・ {labels.platform(tpl.platform)} ・ {labels.category(tpl.category)}
        </p>
        {tpl.summary && <p className="text-std-17B-170">{tpl.summary}</p>}
      </header>

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="text-std-16B-170">{t('templates.personalData')}</dt>
        <dd>
          {t(`personalData.${tpl.personalData}`)} {tpl.personalDataNote && `— ${tpl.personalDataNote}`}
        </dd>
        <dt className="text-std-16B-170">{t('templates.requirements')}</dt>
        <dd>{tpl.requirements || '—'}</dd>
        <dt className="text-std-16B-170">{t('templates.hoursSaved')}</dt>
        <dd>{tpl.hoursSavedPerYear ?? '—'}</dd>
        <dt className="text-std-16B-170">{t('templates.developmentDays')}</dt>
        <dd>{tpl.developmentDays ?? '—'}</dd>
        <dt className="text-std-16B-170">{t('templates.rating')}</dt>
        <dd data-testid="rating-summary">
          {tpl.ratingAvg ?? '—'} ({tpl.ratingCount})
        </dd>
      </dl>

      {tpl.description && (
        <section aria-labelledby="desc-title">
          <h2 id="desc-title" className="text-std-24B-150">
            {t('templates.description')}
          </h2>
          <div className="prose mt-2 space-y-2" data-testid="description" dangerouslySetInnerHTML={{ __html: renderMarkdown(tpl.description) }} />
        </section>
      )}

      {tpl.lastReview && (
        <section aria-labelledby="review-title" className="rounded-8 border border-solid-gray-420 p-4">
          <h2 id="review-title" className="text-std-20B-160">
            {t('templates.lastReview')}
          </h2>
          <p>
            {t(`review.decision.${tpl.lastReview.decision}`)} ({tpl.lastReview.version}) — {(tpl.lastReview.reasons ?? []).map((r) => t(`review.reasons.${r}`)).join('、')}
          </p>
          {tpl.lastReview.comment && <p>{tpl.lastReview.comment}</p>}
        </section>
      )}
    </>
  );
}
