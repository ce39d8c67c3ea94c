import { unwrap, type Api } from '../../lib/api-client';
import type { operations } from '../../types/api';

const CSV = { Accept: 'text/csv' };
export type Metric = 'downloads' | 'adoptions' | 'cross_ward_adoptions';
/** How the per-template table is ordered (largest first), as the contract lists them. */
export type TemplateSort = NonNullable<NonNullable<operations['getTemplateStats']['parameters']['query']>['sort']>;
export const TEMPLATE_SORTS: readonly TemplateSort[] = ['crossWardAdoptions', 'adoptions', 'downloads', 'views', 'rating', 'hoursMeasured'];

/** The award committee's statistics; the CSV variants resolve only on 2xx (see lib/download). */
export const committeeApi = {
  kpis: (api: Api, fy: number) => unwrap(api.GET('/api/v1/stats/kpis', { params: { query: { fiscalYear: fy } } })),
  templates: (api: Api, fy: number, sort: TemplateSort) =>
    unwrap(api.GET('/api/v1/stats/templates', { params: { query: { fiscalYear: fy, sort, size: 20 } } })),
  templatesCsv: (api: Api, fy: number, sort: TemplateSort) =>
    unwrap(api.GET('/api/v1/stats/templates', { params: { query: { fiscalYear: fy, sort } }, parseAs: 'blob', headers: CSV })),
  wards: (api: Api, fy: number) => unwrap(api.GET('/api/v1/stats/wards', { params: { query: { fiscalYear: fy } } })),
  wardsCsv: (api: Api, fy: number) =>
    unwrap(api.GET('/api/v1/stats/wards', { params: { query: { fiscalYear: fy } }, parseAs: 'blob', headers: CSV })),
  /** One metric month by month over a fiscal year (April to March). */
  series: (api: Api, metric: Metric, fy: number) =>
    unwrap(api.GET('/api/v1/stats/timeseries', { params: { query: { metric, from: `${fy}-04`, to: `${fy + 1}-03` } } })),
};

/** Narrows a <select>'s value to a template sort (no type assertion needed). */
export function isTemplateSort(value: string): value is TemplateSort {
  return TEMPLATE_SORTS.some((s) => s === value);
}
