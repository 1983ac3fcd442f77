"use client";
import { useTranslations } from "next-intl";
import { useEditor } from "./editor-context.tsx";
import { newKey } from "./form-model.ts";
import { AddButton } from "./item-controls.tsx";
import { ResolutionBlock } from "./resolution-block.tsx";

export function ResolutionsSection() {
  const { form } = useEditor();
  const t = useTranslations();
  const count = form.resolutions.length;
  return (
    <section className="editor-section" aria-labelledby="section-resolutions">
      <h2 id="section-resolutions">{t("editor.sections.resolutions")}</h2>
      {form.resolutions.map((resolution, i) => (
        <ResolutionBlock key={resolution.key} resolution={resolution} index={i} count={count} />
      ))}
      <AddButton
        listPath="resolutions"
        label={t("editor.add.resolution")}
        itemLabel={t("editor.fields.resolution", { n: String(count + 1) })}
        make={() => ({
          key: newKey("r"),
          id: null,
          en: "",
          fr: "",
          activationType: "",
          stepsMode: "SEQUENCE",
          steps: [],
        })}
        focusPath={`resolutions[${count}].en`}
      />
    </section>
  );
}
