import { unwrap, type Api } from '../../lib/api-client';

const CSV = { Accept: 'text/csv' };
export type Metric = 'downloads' | 'adoptions' | 'cross_ward_adoptions';

/** The award committee's statistics; the CSV variants resolve only on 2xx (see lib/download). */
export const committeeApi = {
  kpis: (api: Api, fy: number) => unwrap(api.GET('/api/v1/stats/kpis', { params: { query: { fiscalYear: String(fy) } } })),
  templates: (api: Api, fy: number, sort: string) =>
    unwrap(api.GET('/api/v1/stats/templates', { params: { query: { fiscalYear: String(fy), sort, size: '20' } } })),
  templatesCsv: (api: Api, fy: number, sort: string) =>
    unwrap(api.GET('/api/v1/stats/templates', { params: { query: { fiscalYear: String(fy), sort } }, parseAs: 'blob', headers: CSV })),
  wards: (api: Api, fy: number) => unwrap(api.GET('/api/v1/stats/wards', { params: { query: { fiscalYear: String(fy) } } })),
  wardsCsv: (api: Api, fy: number) =>
    unwrap(api.GET('/api/v1/stats/wards', { params: { query: { fiscalYear: String(fy) } }, parseAs: 'blob', headers: CSV })),
  /** One metric month by month over a fiscal year (April to March). */
  series: (api: Api, metric: Metric, fy: number) =>
    unwrap(api.GET('/api/v1/stats/timeseries', { params: { query: { metric, from: `${fy}-04`, to: `${fy + 1}-03` } } })),
};
