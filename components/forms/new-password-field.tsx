"use client";

import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages/fr";
import { PasswordRules } from "./password-rules";
import { TextField } from "./text-field";

type NewPasswordFieldProps = {
  label: string;
  name: string;
  errors?: string[];
  /** The sign-up texts hold the rule labels shared by every new-password field. */
  texts: Messages["auth"]["signup"];
  autoFocus?: boolean;
};

/** A new password with its rules ticked live (the server checks the same rules). */
export function NewPasswordField({ label, name, errors, texts, autoFocus }: NewPasswordFieldProps) {
  const [value, setValue] = useState("");
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      autoFocus={autoFocus}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      errors={errors}
      hint={
        <PasswordRules
          value={value}
          title={texts.passwordRulesTitle}
          labels={texts.passwordRules}
          met={texts.ruleMet}
          notMet={texts.ruleNotMet}
        />
      }
    />
  );
}
