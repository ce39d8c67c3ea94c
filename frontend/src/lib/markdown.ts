import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// Raw HTML written into the Markdown is shown as the text it is, never parsed as markup: parsing it
// (even inside DOMPurify's inert document) makes Chrome report a CSP violation for each inline handler.
const markdown = new Marked({ async: false, gfm: true, breaks: true, renderer: { html: ({ text }) => escapeHtml(text) } });

/**
 * Markdown from the API (stored as written) rendered for display: raw HTML in the source is escaped,
 * and the result is sanitised, so scripts, event handlers and javascript: links stay inert.
 */
export function renderMarkdown(source: string | undefined | null): string {
  if (!source) return '';
  const html = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/)/i,
  });
}
