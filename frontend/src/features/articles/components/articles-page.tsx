import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useLabels } from '../../../lib/labels';
import { useQuery } from '../../../lib/use-api';
import { articlesApi, FACETS, type ArticleQuery, type Facet } from '../api';

const EMPTY: ArticleQuery = { q: '', platform: '', category: '', ward: '', tag: '', page: 0 };

/**
 * Know-how articles: the same Japanese search as templates (one box, every word must match), facets with counts
 * under the other filters; choosing a facet value narrows, the chosen one can be removed again.
 */
export function ArticlesPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [text, setText] = useState('');
  const [query, setQuery] = useState<ArticleQuery>(EMPTY);
  const result = useQuery((api) => articlesApi.search(api, query), [query]);
  const data = result.data;
  const total = data?.total ?? 0;
  const size = data?.size ?? 20;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ ...query, q: text, page: 0 });
  };
  const name = (facet: Facet, value: string) =>
    facet === 'platform' ? labels.platform(value) : facet === 'category' ? labels.category(value) : facet === 'ward' ? labels.ward(value) : value;

  return (
    <section aria-labelledby="articles-title" className="space-y-6">
      <h1 id="articles-title" className="text-std-32B-150">
        {t('articles.title')}
      </h1>
      <p>{t('articles.intro')}</p>
      <form role="search" onSubmit={submit} className="flex flex-wrap items-end gap-4">
        <div className="min-w-64 flex-1">
          <Field label={t('articles.search')}>
            {(a) => <input {...a} type="search" name="q" className={inputClass} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
        </div>
        <button type="submit" className={buttonPrimary}>{t('articles.searchButton')}</button>
      </form>
      <ProblemAlert error={result.error} />
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <nav aria-labelledby="article-facets-title" className="space-y-4">
          <h2 id="article-facets-title" className="text-std-20B-160">{t('articles.facetsTitle')}</h2>
          {FACETS.map((facet) => (
            <section key={facet} aria-labelledby={`article-facet-${facet}`} className="space-y-1">
              <h3 id={`article-facet-${facet}`} className="text-std-16B-170">{t(`articles.facet.${facet}`)}</h3>
              {query[facet] && (
                <button type="button" className={buttonSecondary} onClick={() => setQuery({ ...query, [facet]: '', page: 0 })}>
                  {t('articles.clear', { value: name(facet, query[facet]) })}
                </button>
              )}
              <ul className="space-y-1">
                {(data?.facets?.[facet] ?? []).filter((f) => f.value !== query[facet]).map((f) => (
                  <li key={f.value}>
                    <button type="button" className="text-left text-blue-1000 underline"
                      aria-label={t('articles.filterBy', { value: `${name(facet, f.value ?? '')}（${f.count}）` })}
                      onClick={() => setQuery({ ...query, [facet]: f.value ?? '', page: 0 })}>
                      {name(facet, f.value ?? '')}（{f.count}）
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <div className="space-y-4">
          <p role="status">{data ? t('articles.results', { count: total }) : t('auth.loading')}</p>
          <ul className="space-y-4" data-testid="article-results">
            {data?.items?.map((a) => (
              <li key={a.id} className="rounded-8 border border-solid-gray-420 p-4">
                <h2 className="text-std-20B-160">
                  <Link to={`/articles/${a.id}`}>{a.title}</Link>
                </h2>
                <p className="text-solid-gray-700">
                  {labels.ward(a.ownerWard)}
                  {a.platform && <> ・ {labels.platform(a.platform)}</>}
                  {a.category && <> ・ {labels.category(a.category)}</>}
                  {(a.tags?.length ?? 0) > 0 && <> ・ {a.tags!.join('、')}</>}
                </p>
              </li>
            ))}
            {data && total === 0 && <li>{t('articles.none')}</li>}
          </ul>
          <div className="flex gap-4">
            {query.page > 0 && (
              <button type="button" className={buttonSecondary} onClick={() => setQuery({ ...query, page: query.page - 1 })}>
                {t('articles.prev')}
              </button>
            )}
            {(query.page + 1) * size < total && (
              <button type="button" className={buttonSecondary} onClick={() => setQuery({ ...query, page: query.page + 1 })}>
                {t('articles.more')}
              </button>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
