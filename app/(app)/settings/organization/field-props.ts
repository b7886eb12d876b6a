import type { SettingsFormMessages } from "./form-messages";
import type { SettingsSelectOptions } from "./select-options";

/** Props of an input bound to the form: its name, starting value and translated errors. */
export type BoundField = { name: string; defaultValue: string; errors?: string[] };
export type BoundCheckbox = { name: string; defaultChecked: boolean; errors?: string[] };

/** What every fieldset of the settings form receives. */
export type FieldsetProps = {
  field: (name: string) => BoundField;
  checkbox: (name: string) => BoundCheckbox;
  /** The values as currently typed (drives what is shown: conditional fields, preview). */
  current: Record<string, string>;
  options: SettingsSelectOptions;
  messages: SettingsFormMessages;
};
