"use client";

import Image from "next/image";
import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { format } from "@/lib/i18n/format";
import { LOGO_MAX_BYTES } from "@/lib/organization-settings/logo-file-type";
import type { LogoView } from "@/lib/organization-settings/organization-settings-view";
import { idleState, type FormState } from "../../../_shared/form-state";
import { validationTexts, type SettingsFormMessages } from "./form-messages";

type LogoFormProps = {
  logo: LogoView | null;
  organizationName: string;
  messages: SettingsFormMessages;
  canEdit: boolean;
  /** uploadLogoAction and removeLogoAction (passed by the page). */
  uploadAction: (previous: FormState, formData: FormData) => Promise<FormState>;
  removeAction: () => Promise<FormState>;
};

/** The logo as served to members (the URL is versioned by content, so it can be cached). */
export function LogoPreview({ logo, alt, none }: { logo: LogoView | null; alt: string; none: string }) {
  if (!logo) return <p className="text-sm text-slate-600">{none}</p>;
  return (
    <Image
      src={`/api/organizations/logo?v=${logo.version}`}
      alt={alt}
      width={logo.width ?? 600}
      height={logo.height ?? 300}
      // Served by our own route for the signed-in member: the optimizer would fetch it without cookies.
      unoptimized
      className="h-auto max-h-32 w-auto max-w-full rounded border border-slate-200 bg-[repeating-conic-gradient(#f1f5f9_0%_25%,#fff_0%_50%)] bg-[length:16px_16px] p-2"
    />
  );
}

/** Upload (checked for size in the browser, for everything on the server) and removal. */
export function LogoForm({ logo, organizationName, messages, canEdit, uploadAction, removeAction }: LogoFormProps) {
  const t = messages.settings.logo;
  const [uploadState, upload] = useActionState(uploadAction, idleState);
  const [removeState, remove] = useActionState(removeAction, idleState);
  const [tooLarge, setTooLarge] = useState<{ state: FormState } | null>(null);
  useActionToast(uploadState, t.uploaded);
  useActionToast(removeState, t.removed);
  const texts = validationTexts(messages);
  const localError = tooLarge?.state === uploadState ? [texts.logo_too_large ?? ""] : undefined;
  const fieldErrors = translateFieldErrors(uploadState.fieldErrors, texts);
  const errors = localError ?? fieldErrors.logo;

  function checkSize(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    setTooLarge(file && file.size > LOGO_MAX_BYTES ? { state: uploadState } : null);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("logo");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > LOGO_MAX_BYTES) {
      event.preventDefault();
      setTooLarge({ state: uploadState });
    }
  }

  return (
    <div className="space-y-4">
      <div>
        <p className="mb-2 text-sm font-medium text-slate-800">{t.current}</p>
        <LogoPreview logo={logo} alt={format(t.alt, { name: organizationName })} none={t.none} />
        {logo?.width && logo.height ? (
          <p className="mt-1 text-xs text-slate-500">
            {format(t.dimensions, { width: logo.width, height: logo.height })}
          </p>
        ) : null}
      </div>
      {canEdit ? (
        <>
          <form action={upload} onSubmit={onSubmit} noValidate className="space-y-3">
            <FormAlert message={errors ? null : translateFormError(uploadState.formError, messages.settings.errors)} />
            <FileInput label={t.file} errors={errors} onChange={checkSize} />
            <SubmitButton
              pendingLabel={messages.common.loading}
              className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
            >
              {t.upload}
            </SubmitButton>
          </form>
          {logo ? (
            <div className="space-y-1">
              <ConfirmButton
                title={t.removeTitle}
                body={t.removeBody}
                confirmLabel={t.removeConfirm}
                cancelLabel={t.cancel}
                action={remove}
              >
                {t.remove}
              </ConfirmButton>
              <FormAlert message={translateFormError(removeState.formError, messages.settings.errors)} />
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

type FileInputProps = {
  label: string;
  errors?: string[];
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
};

function FileInput({ label, errors, onChange }: FileInputProps) {
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <div>
      <label htmlFor="logo-file" className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id="logo-file"
        type="file"
        name="logo"
        // A hint for the file picker only: the server reads the content, not the type.
        accept="image/png,image/jpeg,image/svg+xml"
        onChange={onChange}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "logo-file-error" : undefined}
        className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium file:text-slate-800 hover:file:bg-slate-200"
      />
      {invalid ? (
        <ul id="logo-file-error" className="mt-1 text-sm text-red-700">
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
