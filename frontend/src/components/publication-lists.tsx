import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { buttonPrimary } from './field';
import { ProblemAlert } from './problem-alert';
import type { Api, ApiError } from '../lib/api-client';
import { useLabels } from '../lib/labels';
import { useQuery } from '../lib/use-api';
import type { PublicationStatus } from '../types/schemas';

type Listed = { items?: { id?: string; title?: string; ownerWard?: string }[]; total?: number };

/** Which of the own ward's items a list shows (the ward is unknown until /me has answered). */
export type OwnScope = { ward: string | undefined; status: PublicationStatus };

/** A page or list heading with the button that starts a new item beside it. */
export function HeadingWithNew({ level, id, title, newTo, newLabel }: { level: 1 | 2; id?: string; title: string; newTo: string; newLabel: string }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <Heading id={id} className={level === 1 ? 'text-std-32B-150' : 'text-std-24B-150'}>
        {title}
      </Heading>
      <Link to={newTo} className={buttonPrimary + ' no-underline'}>
        {newLabel}
      </Link>
    </div>
  );
}

/**
 * The own ward's items of one kind in one status, on the publisher's page, each linking to `${base}/<id>` (its
 * edit or management page); `none` when there are none. With `heading`, a list heading whose button opens
 * `${base}/new` goes first.
 */
export function OwnPublications({ ward, status, list, base, none, testId, heading }: OwnScope & {
  list: (api: Api, ward: string, status: PublicationStatus) => Promise<Listed>;
  base: string;
  none: string;
  testId?: string;
  heading?: { title: string; newLabel: string };
}) {
  const { data, error } = useQuery(ward ? (api) => list(api, ward, status) : null, [ward, status]);
  return (
    <>
      {heading && <HeadingWithNew level={2} title={heading.title} newTo={`${base}/new`} newLabel={heading.newLabel} />}
      <ProblemAlert error={error} />
      <ul className="space-y-2" data-testid={testId}>
        {data?.items?.map((item) => (
          <li key={item.id}>
            <Link to={`${base}/${item.id}`}>{item.title}</Link>
          </li>
        ))}
        {data?.total === 0 && <li>{none}</li>}
      </ul>
    </>
  );
}

/**
 * A titled list on a page (what links a template, who adopted it …): the items, or `none` when `empty`; a failed
 * load shows its problem in the section, so an outage never reads as "there are none".
 */
export function ListSection({ titleId, heading, testId, listClass = 'space-y-2', empty, none, error = null, children }: {
  titleId: string; heading: string; testId: string; listClass?: string; empty: boolean; none: string; error?: ApiError | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="space-y-2">
      <h2 id={titleId} className="text-std-24B-150">
        {heading}
      </h2>
      <ProblemAlert error={error} />
      <ul className={listClass} data-testid={testId}>
        {children}
        {empty && <li>{none}</li>}
      </ul>
    </section>
  );
}

/** Published items of one kind that link a template, on its page: each a link to `${base}/<id>` with its ward. */
export function LinkingItems({ templateId, ofTemplate, base, ...section }: {
  templateId: string; ofTemplate: (api: Api, templateId: string) => Promise<Listed>; base: string;
  titleId: string; heading: string; testId: string; none: string;
}) {
  const labels = useLabels();
  const { data, error } = useQuery((api) => ofTemplate(api, templateId), [templateId]);
  return (
    <ListSection {...section} empty={data?.total === 0} error={error}>
      {data?.items?.map((item) => (
        <li key={item.id}>
          <Link to={`${base}/${item.id}`}>{item.title}</Link>（{labels.ward(item.ownerWard)}）
        </li>
      ))}
    </ListSection>
  );
}

