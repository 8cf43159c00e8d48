export const PLATFORM_OPTIONS = ["x", "facebook", "instagram", "tiktok", "telegram", "youtube", "vk", "web", "other"] as const;

/** A filter's <select>: "" (labelled `anyLabel`) means no filter. */
export function FilterSelect({
  label,
  name,
  value,
  options,
  anyLabel = "all",
}: {
  label: string;
  name: string;
  value: string | undefined;
  options: readonly (string | { value: string; label: string })[];
  anyLabel?: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((option) => {
          const { value: optionValue, label: optionLabel } = typeof option === "string" ? { value: option, label: option } : option;
          return (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** A day filter (UTC) as a date input. */
export function FilterDay({ label, name, value }: { label: string; name: string; value: string | undefined }) {
  return (
    <label>
      {label}
      <input type="date" name={name} defaultValue={value?.slice(0, 10) ?? ""} />
    </label>
  );
}
