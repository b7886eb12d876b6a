type StatusBadgeProps = { disabled: boolean; labels: { active: string; disabled: string } };

export function StatusBadge({ disabled, labels }: StatusBadgeProps) {
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${
        disabled ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"
      }`}
    >
      {disabled ? labels.disabled : labels.active}
    </span>
  );
}
