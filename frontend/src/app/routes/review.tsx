import { FindingsPanel } from '../../features/publish/components/findings-panel';
import { ReviewPage } from '../../features/review/components/review-page';

/** The review queue shows a version's governance findings read-only with the publisher's panel. */
export function ReviewRoute() {
  return <ReviewPage findings={(templateId, version) => <FindingsPanel templateId={templateId} version={version} editable={false} />} />;
}
