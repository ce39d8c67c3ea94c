import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from './problem-alert';
import type { Api, Tagged } from '../lib/api-client';
import { useLabels } from '../lib/labels';
import { renderMarkdown } from '../lib/markdown';
import { useQuery } from '../lib/use-api';
import type { components } from '../types/api';

type Shown = {
  title?: string;
  ownerWard?: string;
  status?: string;
  byCertifiedDeveloper?: boolean;
  body?: string;
  templates?: components['schemas']['TemplateLink'][];
};

/**
 * The public page of a story or article at `…/:id`: title, ward and status, the certified-developer mark, the
 * Markdown body (rendered and sanitised here: the API returns it as written) and the templates it links. `name`
 * prefixes the ids ('story' → story-title, story-body, story-templates); the feature adds its own parts: `top`
 * above the title, `badges` under it, `meta` after the status, `details` before the body.
 */
export function PublicationView<R extends Shown>(props: {
  name: string;
  load: (api: Api, id: string) => Promise<Tagged<R>>;
  templatesHeading: string;
  top?: ReactNode;
  badges?: (item: R) => ReactNode;
  meta?: (item: R) => ReactNode;
  details?: (item: R) => ReactNode;
}) {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const { name, load } = props;
  const { data, error } = useQuery(id ? (api) => load(api, id) : null, [id]);
  const item = data?.data;
  if (error) return <ProblemAlert error={error} />;
  if (!item) return <p role="status">{t('auth.loading')}</p>;
  const templates = item.templates ?? [];
  return (
    <article aria-labelledby={`${name}-title`} className="max-w-3xl space-y-6">
      {props.top}
      <h1 id={`${name}-title`} className="text-std-32B-150">
        {item.title}
      </h1>
      {props.badges?.(item)}
      <p>
        {labels.ward(item.ownerWard)} ・ {t(`status.${item.status}`)}
        {props.meta?.(item)}
      </p>
      {item.byCertifiedDeveloper && (
        <p className="inline-block rounded-4 border border-green-900 px-2 text-green-1000" data-testid="certified-mark">{t('certifications.mark')}</p>
      )}
      {props.details?.(item)}
      <div className="prose space-y-2" data-testid={`${name}-body`} dangerouslySetInnerHTML={{ __html: renderMarkdown(item.body) }} />
      {templates.length > 0 && (
        <section aria-labelledby={`${name}-templates`} className="space-y-2">
          <h2 id={`${name}-templates`} className="text-std-24B-150">
            {props.templatesHeading}
          </h2>
          <ul className="list-disc pl-6">
            {templates.map((tpl) => (
              <li key={tpl.id}>
                <Link to={`/templates/${tpl.id}`}>{tpl.title}</Link>（{labels.ward(tpl.ownerWard)}）
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
