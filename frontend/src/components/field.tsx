import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The Digital Agency form pattern: label above the field with a 必須 badge, support text, the field,
 * and the error text, both tied to the field with aria-describedby.
 */
export function Field(props: {
  label: string;
  required?: boolean;
  support?: string;
  error?: string;
  children: (attrs: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; required?: boolean }) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const supportId = `${id}-support`;
  const errorId = `${id}-error`;
  const describedBy = [props.support ? supportId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="flex items-center gap-2 text-std-17B-170 text-solid-gray-900">
        {props.label}
        {props.required && (
          <span className="rounded-4 bg-red-900 px-2 text-std-16B-170 font-normal text-white">{t('form.required')}</span>
        )}
      </label>
      {props.support && (
        <p id={supportId} className="text-solid-gray-700">
          {props.support}
        </p>
      )}
      {props.children({ id, 'aria-describedby': describedBy, 'aria-invalid': props.error ? true : undefined, required: props.required })}
      {props.error && (
        <p id={errorId} className="text-red-900">
          ＊{props.error}
        </p>
      )}
    </div>
  );
}

/**
 * A Field holding one text input, or a textarea when `rows` is given: the form pattern for the common case.
 * `onChange` takes what useEditable's `set(field)` returns.
 */
export function TextField({ label, required, support, error, rows, onChange, ...input }: {
  label: string;
  required?: boolean;
  support?: string;
  error?: string;
  rows?: number;
  name?: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  maxLength?: number;
  type?: 'date' | 'search';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}) {
  return (
    <Field label={label} required={required} support={support} error={error}>
      {(a) => (rows ? <textarea {...a} {...input} rows={rows} className={inputClass} onChange={onChange} />
        : <input {...a} {...input} className={inputClass} onChange={onChange} />)}
    </Field>
  );
}

export const inputClass =
  'block w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-solid-gray-900 aria-invalid:border-red-900 focus-visible:outline-4';

export const buttonPrimary =
  'inline-flex min-h-12 items-center justify-center rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 disabled:bg-solid-gray-300 focus-visible:outline-4';

export const buttonSecondary =
  'inline-flex min-h-12 items-center justify-center rounded-8 border border-blue-900 bg-white px-6 text-std-16B-170 text-blue-900 hover:bg-blue-50 focus-visible:outline-4';
