type FormAlertProps = { message?: string | null; tone?: "error" | "success" };

/** The form-level message (not tied to a field), announced when it appears. */
export function FormAlert({ message, tone = "error" }: FormAlertProps) {
  if (!message) return null;
  const styles =
    tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-green-200 bg-green-50 text-green-800";
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      data-testid="form-alert"
      className={`rounded-lg border px-3 py-2 text-sm ${styles}`}
    >
      {message}
    </p>
  );
}
