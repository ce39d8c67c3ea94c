import { Field, inputClass } from './field';
import { useLabels } from '../lib/labels';

/**
 * A platform or a category chosen from the reference list by slug, named in the current language. `none` puts an
 * empty choice first (an article need not name one; a template must).
 */
export function ReferenceSelect({ kind, label, required, none, error, value, onChange }: {
  kind: 'platform' | 'category';
  label: string;
  required?: boolean;
  none?: string;
  error?: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
}) {
  const labels = useLabels();
  const list = kind === 'platform' ? labels.platforms : labels.categories;
  return (
    <Field label={label} required={required} error={error}>
      {(a) => (
        <select {...a} name={kind} className={inputClass} value={value} onChange={onChange}>
          {none !== undefined && <option value="">{none}</option>}
          {list.map((item) => <option key={item.slug} value={item.slug}>{labels[kind](item.slug)}</option>)}
        </select>
      )}
    </Field>
  );
}
