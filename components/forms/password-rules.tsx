"use client";

import { passwordRules, type PasswordRuleId } from "@/lib/auth/password-policy";

type PasswordRulesProps = {
  value: string;
  title: string;
  labels: Record<PasswordRuleId, string>;
  met: string;
  notMet: string;
};

/** The password rules, ticked live as the user types (the server checks the same rules). */
export function PasswordRules({ value, title, labels, met, notMet }: PasswordRulesProps) {
  return (
    <div>
      <p>{title}</p>
      <ul className="mt-1 space-y-0.5" aria-live="polite">
        {passwordRules.map((rule) => {
          const ok = rule.test(value);
          return (
            <li key={rule.id} data-rule={rule.id} data-met={ok} className={ok ? "text-green-700" : "text-slate-600"}>
              <span aria-hidden="true">{ok ? "✓" : "○"}</span> {labels[rule.id]}
              <span className="sr-only"> ({ok ? met : notMet})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
