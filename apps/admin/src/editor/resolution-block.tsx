"use client";
// One resolution: its text in both languages, the activation type it is limited to, whether its steps are
// done in order or are alternatives ("do one of the following"), and the steps. Text steps and notes are
// translated; a command step is one language-neutral line spanning both columns; a text step may have
// its own steps (one level), added under it.
import { useLocale, useTranslations } from "next-intl";
import { ACTIVATION_TYPES } from "../lib/list-filter.ts";
import { fieldId } from "../lib/paths.ts";
import { BilingualRow } from "./bilingual-row.tsx";
import { useEditor } from "./editor-context.tsx";
import { newKey, type ResolutionForm, type StepForm } from "./form-model.ts";
import { AddButton, ItemControls } from "./item-controls.tsx";
import { TextField } from "./text-field.tsx";

interface Props {
  resolution: ResolutionForm;
  index: number;
  count: number;
}

const newStep = (kind: StepForm["kind"]): StepForm => ({
  key: newKey("s"),
  id: null,
  kind,
  en: "",
  fr: "",
  command: "",
  steps: [],
});

export function ResolutionBlock({ resolution, index, count }: Props) {
  const { setField, can, typeNames } = useEditor();
  const locale = useLocale();
  const f = useTranslations("editor.fields");
  const base = `resolutions[${index}]`;
  const label = f("resolution", { n: String(index + 1) });
  const names = typeNames[locale === "fr" ? "FR" : "EN"];
  const steps = resolution.steps;
  const scopeId = fieldId(`${base}.activationType`);
  const modeId = fieldId(`${base}.stepsMode`);
  const alternatives = resolution.stepsMode === "ALTERNATIVES";

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
          <label htmlFor={modeId}>
            <span className="sr-only">{label} — </span>
            {f("stepsMode")}
          </label>
          <select
            id={modeId}
            value={resolution.stepsMode}
            disabled={!can.content}
            onChange={(event) => setField(`${base}.stepsMode`, event.target.value)}
          >
            <option value="SEQUENCE">{f("sequence")}</option>
            <option value="ALTERNATIVES">{f("alternatives")}</option>
          </select>
        </div>
      </div>
      {steps.map((step, j) => {
        const name = f(alternatives ? "option" : "step", { n: String(j + 1) });
        const path = `${base}.steps[${j}]`;
        return (
          <StepRows
            key={step.key}
            step={step}
            path={path}
            listPath={`${base}.steps`}
            index={j}
            count={steps.length}
            name={name}
            context={`${label}, ${name.toLowerCase()}`}
          />
        );
      })}
      {can.content && (
        <div className="bi-row">
          <div className="row-head" />
          <Adders listPath={`${base}.steps`} count={steps.length} context={label} />
        </div>
      )}
    </div>
  );
}

interface StepRowsProps {
  step: StepForm;
  path: string;
  listPath: string;
  index: number;
  count: number;
  /** Shown at the left: "Step 2", "Option 1", "Step 2.1". */
  name: string;
  /** For screen readers: "Resolution 1, step 2". */
  context: string;
  /** Sub-steps have no steps of their own. */
  nested?: boolean;
}

function StepRows({ step, path, listPath, index, count, name, context, nested = false }: StepRowsProps) {
  const { can } = useEditor();
  const t = useTranslations("editor");
  const f = useTranslations("editor.fields");
  const label = step.kind === "NOTE" ? f("note", { item: name }) : name;
  const controls = <ItemControls listPath={listPath} index={index} count={count} itemLabel={context} />;
  const rows =
    step.kind === "COMMAND" ? (
      <div className="bi-row step" role="group" aria-label={context}>
        <div className="row-head">
          <span>{label}</span>
          {controls}
        </div>
        <TextField
          path={`${path}.command`}
          context={context}
          label={f("command")}
          hint={t("hints.command")}
          single
          mono
          wide
        />
      </div>
    ) : (
      <BilingualRow
        label={label}
        context={step.kind === "NOTE" ? f("note", { item: context }) : context}
        enPath={`${path}.en`}
        frPath={`${path}.fr`}
        controls={controls}
      />
    );
  if (nested) return <div className="sub-step">{rows}</div>;
  if (step.kind !== "TEXT") return rows;
  // A text step: its own steps under it, numbered "2.1", "2.2", and what can be added to them.
  const number = index + 1;
  return (
    <>
      {rows}
      {step.steps.map((sub, k) => {
        const subName = f("step", { n: `${number}.${k + 1}` });
        return (
          <StepRows
            key={sub.key}
            step={sub}
            path={`${path}.steps[${k}]`}
            listPath={`${path}.steps`}
            index={k}
            count={step.steps.length}
            name={subName}
            context={`${context}, ${subName.toLowerCase()}`}
            nested
          />
        );
      })}
      {can.content && (
        <div className="bi-row">
          <div className="row-head" />
          <Adders listPath={`${path}.steps`} count={step.steps.length} context={context} nested />
        </div>
      )}
    </>
  );
}

/** Add a text step, a command or a note to a list of steps; a group named after the list's owner. */
function Adders({
  listPath,
  count,
  context,
  nested = false,
}: {
  listPath: string;
  count: number;
  context: string;
  nested?: boolean;
}) {
  const t = useTranslations("editor");
  const item = `${context}, ${t("fields.step", { n: String(count + 1) }).toLowerCase()}`;
  return (
    <div className={nested ? "step-adders nested" : "step-adders"} role="group" aria-label={context}>
      <AddButton
        listPath={listPath}
        label={t("add.textStep")}
        itemLabel={item}
        make={() => newStep("TEXT")}
        focusPath={`${listPath}[${count}].en`}
      />
      <AddButton
        listPath={listPath}
        label={t("add.commandStep")}
        itemLabel={item}
        make={() => newStep("COMMAND")}
        focusPath={`${listPath}[${count}].command`}
        idSuffix="-command"
      />
      <AddButton
        listPath={listPath}
        label={t("add.note")}
        itemLabel={t("fields.note", { item })}
        make={() => newStep("NOTE")}
        focusPath={`${listPath}[${count}].en`}
        idSuffix="-note"
      />
    </div>
  );
}
