// A fieldset of checkboxes choosing a subset of fixed options (a token's scopes, a webhook's events).
import type { ReactNode } from "react";

interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  chosen: T[];
  onChange(chosen: T[]): void;
  label(option: T): ReactNode;
}

export function CheckSet<T extends string>({ legend, options, chosen, onChange, label }: Props<T>) {
  return (
    <fieldset className="row">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, option] : chosen.filter((x) => x !== option))
            }
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
