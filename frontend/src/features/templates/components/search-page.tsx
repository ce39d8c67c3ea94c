import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { inputClass } from '../../../components/field';
import { useLabels } from '../../../lib/labels';
import { useQuery } from '../../../lib/use-api';
import { searchQueryOf, templatesApi } from '../api';
import { TemplateCard } from './template-card';

const FACETS = ['platform', 'category', 'ward'] as const;
const SORTS = ['relevance', 'newest', 'adopted', 'rated'] as const;

/** Search with facets, sort and paging kept in the URL, so a search can be bookmarked and shared. */
export function SearchPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');

  // Results follow typing once it pauses for 150 ms (Japanese input commits whole words through the IME).
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((params.get('q') ?? '') === text) return;
      const next = new URLSearchParams(params);
      if (text) next.set('q', text);
      else next.delete('q');
      next.delete('page');
      setParams(next, { replace: true });
    }, 150);
    return () => clearTimeout(timer);
  }, [text, params, setParams]);

  const query = searchQueryOf(params, 20);
  const { data, error, loading } = useQuery((api) => templatesApi.search(api, query), [params.toString()]);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const page = Number(params.get('page') ?? 0);
  const pages = data ? Math.max(1, Math.ceil((data.total ?? 0) / 20)) : 1;
  const label = (facet: string, value: string) =>
    facet === 'platform' ? labels.platform(value) : facet === 'category' ? labels.category(value) : facet === 'ward' ? labels.ward(value) : value;

  return (
    <section aria-labelledby="search-title" className="space-y-6">
      <h1 id="search-title" className="text-std-32B-150">
        {t('search.title')}
      </h1>
      <div className="space-y-2">
        <label htmlFor="search-q" className="text-std-17B-170">
          {t('search.label')}
        </label>
        <p id="search-help" className="text-solid-gray-700">
          {t('search.help')}
        </p>
        <input id="search-q" type="search" className={inputClass} value={text} aria-describedby="search-help"
          onChange={(e) => setText(e.target.value)} />
      </div>
      <ProblemAlert error={error} />
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <aside aria-label={t('search.filters')} className="space-y-6">
          {FACETS.map((facet) => (
            <fieldset key={facet} className="space-y-1">
              <legend className="text-std-17B-170">{t(`search.facet.${facet}`)}</legend>
              {params.get(facet) && (
                <button type="button" className="underline" onClick={() => setParam(facet, null)}>
                  {t('search.clear')}
                </button>
              )}
              <ul>
                {(data?.facets?.[facet] ?? []).map((f) => (
                  <li key={f.value}>
                    <label className="flex items-center gap-2">
                      <input type="radio" name={facet} checked={params.get(facet) === f.value}
                        onChange={() => setParam(facet, f.value ?? null)} />
                      <span>
                        {label(facet, f.value ?? '')} ({f.count})
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </aside>
        <div className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-4">
            <p role="status" aria-live="polite" data-testid="result-count">
              {loading && !data ? t('auth.loading') : t('search.count', { count: data?.total ?? 0 })}
            </p>
            <label className="flex items-center gap-2">
              {t('search.sort')}
              <select className="rounded-8 border border-solid-gray-600 px-3 py-2" value={params.get('sort') ?? (params.get('q') ? 'relevance' : 'newest')}
                onChange={(e) => setParam('sort', e.target.value)}>
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`search.sorts.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ul className="space-y-3" data-testid="results">
            {data?.items?.map((item) => <TemplateCard key={item.id} t={item} />)}
          </ul>
          {pages > 1 && (
            <nav aria-label={t('search.paging')} className="flex items-center gap-4">
              <button type="button" className="underline disabled:no-underline disabled:text-solid-gray-420" disabled={page <= 0}
                onClick={() => setParam('page', String(page - 1))}>
                {t('search.previous')}
              </button>
              <span>{t('search.pageOf', { page: page + 1, pages })}</span>
              <button type="button" className="underline disabled:no-underline disabled:text-solid-gray-420" disabled={page + 1 >= pages}
                onClick={() => setParam('page', String(page + 1))}>
                {t('search.next')}
              </button>
            </nav>
          )}
        </div>
      </div>
    </section>
  );
}
