"use client";
// One resolution: its text in both languages, the activation type it is limited to, and its ordered
// steps. Text steps are translated; a command step is one language-neutral line spanning both columns.
import { useLocale, useTranslations } from "next-intl";
import { ACTIVATION_TYPES } from "../lib/list-filter.ts";
import { fieldId } from "../lib/paths.ts";
import { BilingualRow } from "./bilingual-row.tsx";
import { useEditor } from "./editor-context.tsx";
import { newKey, type ResolutionForm } from "./form-model.ts";
import { AddButton, ItemControls } from "./item-controls.tsx";
import { TextField } from "./text-field.tsx";

interface Props {
  resolution: ResolutionForm;
  index: number;
  count: number;
}

export function ResolutionBlock({ resolution, index, count }: Props) {
  const { setField, can, typeNames } = useEditor();
  const t = useTranslations();
  const locale = useLocale();
  const f = useTranslations("editor.fields");
  const base = `resolutions[${index}]`;
  const label = f("resolution", { n: String(index + 1) });
  const stepLabel = (j: number) => f("step", { n: String(j + 1) });
  const stepContext = (j: number) => `${label}, ${stepLabel(j).toLowerCase()}`;
  const names = typeNames[locale === "fr" ? "FR" : "EN"];
  const steps = resolution.steps;
  const scopeId = fieldId(`${base}.activationType`);

  return (
    <div className="bi-grid item-block resolution">
      <BilingualRow
        label={label}
        enPath={`${base}.en`}
        frPath={`${base}.fr`}
        rows={3}
        controls={<ItemControls listPath="resolutions" index={index} count={count} itemLabel={label} />}
      />
      <div className="bi-row">
        <div className="row-head" />
        <div className="cell wide inline">
          <label htmlFor={scopeId}>
            <span className="sr-only">{label} — </span>
            {f("appliesTo")}
          </label>
          <select
            id={scopeId}
            value={resolution.activationType}
            disabled={!can.content}
            onChange={(event) => setField(`${base}.activationType`, event.target.value)}
          >
            <option value="">{f("allTypes")}</option>
            {ACTIVATION_TYPES.map((key) => (
              <option key={key} value={key}>
                {names[key]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {steps.map((step, j) => {
        const path = `${base}.steps[${j}]`;
        const controls = (
          <ItemControls
            listPath={`${base}.steps`}
            index={j}
            count={steps.length}
            itemLabel={stepContext(j)}
          />
        );
        return step.kind === "COMMAND" ? (
          <div key={step.key} className="bi-row step" role="group" aria-label={stepContext(j)}>
            <div className="row-head">
              <span>{stepLabel(j)}</span>
              {controls}
            </div>
            <TextField
              path={`${path}.command`}
              context={stepContext(j)}
              label={f("command")}
              hint={t("editor.hints.command")}
              single
              mono
              wide
            />
          </div>
        ) : (
          <BilingualRow
            key={step.key}
            label={stepLabel(j)}
            context={stepContext(j)}
            enPath={`${path}.en`}
            frPath={`${path}.fr`}
            controls={controls}
          />
        );
      })}
      {can.content && (
        <div className="bi-row">
          <div className="row-head" />
          <div className="step-adders">
            <AddButton
              listPath={`${base}.steps`}
              label={t("editor.add.textStep")}
              itemLabel={stepContext(steps.length)}
              make={() => ({ key: newKey("s"), id: null, kind: "TEXT", en: "", fr: "", command: "" })}
              focusPath={`${base}.steps[${steps.length}].en`}
            />
            <AddButton
              listPath={`${base}.steps`}
              label={t("editor.add.commandStep")}
              itemLabel={stepContext(steps.length)}
              make={() => ({ key: newKey("s"), id: null, kind: "COMMAND", en: "", fr: "", command: "" })}
              focusPath={`${base}.steps[${steps.length}].command`}
              idSuffix="-command"
            />
          </div>
        </div>
      )}
    </div>
  );
}
