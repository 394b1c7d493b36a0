import { type ReactNode, useId } from 'react';

interface SelectFieldProps {
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean;
  /** Extra classes on the field, e.g. for its place in a row of fields. */
  readonly className?: string;
  /** The `<option>` elements. */
  readonly children: ReactNode;
}

/** A labelled drop-down in the NL Design System's form-field markup. */
export function SelectField({
  label,
  value,
  onChange,
  disabled,
  className,
  children,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className ? `utrecht-form-field ${className}` : 'utrecht-form-field'}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
