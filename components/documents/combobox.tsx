"use client";

import { useEffect, useId, useRef, useState } from "react";
import { controlClassName, FieldMessages, useFieldA11y } from "@/components/forms/field-parts";

export type ComboboxProps<Option> = {
  label: string;
  /** Text shown when nothing is being typed (the current choice, or ""). */
  selectedText: string;
  /** Options for a query; may be a server action (answers to older queries are dropped). */
  search: (query: string) => Promise<Option[]> | Option[];
  optionId: (option: Option) => string;
  renderOption: (option: Option) => React.ReactNode;
  onSelect: (option: Option) => void;
  /** The field was emptied and left: the choice is removed. */
  onClear?: () => void;
  onBlur?: () => void;
  texts: { noResults: string; searching: string };
  hint?: React.ReactNode;
  errors?: string[];
  required?: boolean;
  placeholder?: string;
  className?: string;
  /** Hides the label visually (it stays the accessible name). */
  labelHidden?: boolean;
  /** Own looks for the label, the input and the list's width (a line's row, see line-grid.ts). */
  labelClassName?: string;
  inputClassName?: string;
  listWidthClassName?: string;
  inputProps?: React.InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
};

const SEARCH_DELAY_MS = 150;

/**
 * A searchable choice (ARIA 1.2 combobox with a listbox): type to search, ↑/↓ to move,
 * Enter to choose, Escape to close. Focus stays in the input; the active option is announced
 * through aria-activedescendant.
 */
export function Combobox<Option>(props: ComboboxProps<Option>) {
  const { label, selectedText, search, optionId, renderOption, onSelect, onClear, texts } = props;
  const a11y = useFieldA11y(Boolean(props.hint), props.errors);
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<Option[]>([]);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const requestNumber = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function runSearch(text: string) {
    if (timer.current) clearTimeout(timer.current);
    const number = ++requestNumber.current;
    setSearching(true);
    timer.current = setTimeout(async () => {
      try {
        const found = await search(text.trim());
        if (number !== requestNumber.current) return;
        setOptions(found);
        setActive(found.length > 0 ? 0 : -1);
      } catch {
        // A failed search (session ended, network) offers nothing; typing again retries.
        if (number === requestNumber.current) setOptions([]);
      } finally {
        if (number === requestNumber.current) setSearching(false);
      }
    }, SEARCH_DELAY_MS);
  }

  function openWith(text: string) {
    setOpen(true);
    runSearch(text);
  }

  function close() {
    if (timer.current) clearTimeout(timer.current);
    requestNumber.current += 1;
    setSearching(false);
    setOpen(false);
    setActive(-1);
  }

  function choose(option: Option) {
    onSelect(option);
    setQuery(null);
    close();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        openWith(query ?? "");
        return;
      }
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      if (open && active >= 0 && options[active] !== undefined) {
        event.preventDefault();
        choose(options[active]);
      }
    } else if (event.key === "Escape") {
      if (open || query !== null) {
        event.preventDefault();
        event.stopPropagation();
        setQuery(null);
        close();
      }
    }
  }

  const shown = query ?? selectedText;
  const activeId = open && active >= 0 ? `${listId}-option-${active}` : undefined;

  return (
    <div className={`relative ${props.className ?? ""}`}>
      <label
        htmlFor={a11y.id}
        className={props.labelClassName ?? (props.labelHidden ? "sr-only" : "block text-sm font-medium text-slate-800")}
      >
        {label}
      </label>
      <input
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-required={props.required || undefined}
        placeholder={props.placeholder}
        {...a11y.controlProps}
        className={props.inputClassName ?? controlClassName}
        {...props.inputProps}
        value={shown}
        onChange={(event) => {
          setQuery(event.target.value);
          openWith(event.target.value);
        }}
        onFocus={(event) => event.target.select()}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (query !== null && query.trim() === "" && selectedText !== "") onClear?.();
          setQuery(null);
          close();
          props.onBlur?.();
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className={`absolute ${props.listWidthClassName ?? "inset-x-0"} z-30 mt-1 max-h-64 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg`}
      >
        {open && options.length === 0 ? (
          <li role="presentation" className="px-3 py-2 text-slate-500">
            {searching ? texts.searching : texts.noResults}
          </li>
        ) : null}
        {open
          ? options.map((option, index) => (
              <li
                key={optionId(option)}
                id={`${listId}-option-${index}`}
                role="option"
                aria-selected={index === active}
                // Keep the focus in the input: the choice happens on click, not on blur.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onMouseMove={() => setActive(index)}
                className="cursor-pointer px-3 py-2 aria-selected:bg-brand-50 aria-selected:text-brand-800"
              >
                {renderOption(option)}
              </li>
            ))
          : null}
      </ul>
      <FieldMessages a11y={a11y} hint={props.hint} errors={props.errors} />
    </div>
  );
}
