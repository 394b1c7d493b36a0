import { useId } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A line under the label that the input is described by. */
  readonly hint?: string;
  readonly type?: 'text' | 'search' | 'date';
}

/**
 * A labelled input in the NL Design System's form-field markup. What is typed here are codes,
 * names and IDs, so the browser neither suggests earlier entries nor marks spelling.
 */
export function TextField({ label, value, onChange, hint, type = 'text' }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="utrecht-form-field-description">
          {hint}
        </p>
      )}
      <input
        id={id}
        className="utrecht-textbox utrecht-textbox--html-input"
        type={type}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
