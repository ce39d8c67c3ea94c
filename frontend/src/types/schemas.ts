import type { components } from './api';

/** Short names for the contract's schemas (src/types/api.ts is generated from openapi.yaml). */
type S = components['schemas'];
export type AdoptionView = S['AdoptionView'];
export type AuditEntryView = S['AuditEntryView'];
export type FindingView = S['FindingView'];
export type KpiReport = S['KpiReport'];
export type Label = S['Label'];
export type Me = S['Me'];
export type RatingView = S['RatingView'];
export type ReviewView = S['ReviewView'];
export type StoryDetail = S['StoryDetail'];
export type StoryFields = S['StoryFields'];
export type StorySummary = S['StorySummary'];
export type TemplateDetail = S['TemplateDetail'];
export type TemplateFields = S['TemplateFields'];
export type TemplateSearchResult = S['TemplateSearchResult'];
export type TemplateStats = S['TemplateStats'];
export type TemplateSummary = S['TemplateSummary'];
export type TimeSeries = S['TimeSeries'];
export type VersionView = S['VersionView'];
export type WardStats = S['WardStats'];
export type WardView = S['WardView'];

/** The closed sets of the contract, as lists for selects and for narrowing strings (lib/one-of). */
export const PUBLICATION_STATUSES = ['draft', 'in_review', 'published', 'rejected', 'archived'] as const satisfies readonly NonNullable<S['TemplateSummary']['status']>[];
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export const ADOPTION_STATUSES = ['trial', 'production', 'discontinued'] as const satisfies readonly NonNullable<S['AdoptionRequest']['status']>[];
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];
