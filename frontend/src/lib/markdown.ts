import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Markdown from the API (stored as written) rendered for display: the result, raw HTML in the source
 * included, is sanitised, so scripts, event handlers and javascript: links are removed.
 */
export function renderMarkdown(source: string | undefined | null): string {
  if (!source) return '';
  const html = marked.parse(source, { async: false, gfm: true, breaks: true }) as string;
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/)/i,
  });
}
