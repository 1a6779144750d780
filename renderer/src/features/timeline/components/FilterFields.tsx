import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Option } from '@renderer/features/episodes'

/** Long enough to finish a word, short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 300

/**
 * Typing stays in the box; the URL (and so the search) follows once the
 * user pauses. A change from outside (Clear all, Back) replaces the text.
 */
export function SearchField({
  text,
  onSearch,
}: {
  text: string
  onSearch: (text: string) => void
}) {
  const [draft, setDraft] = useState(text)
  const [applied, setApplied] = useState(text)
  if (applied !== text) {
    setApplied(text)
    // Only a real change replaces the box, so a trailing space being typed survives.
    if (draft.trim() !== text.trim()) setDraft(text)
  }

  const onSearchRef = useRef(onSearch)
  useEffect(() => {
    onSearchRef.current = onSearch
  })

  useEffect(() => {
    if (draft.trim() === applied.trim()) return
    const timer = setTimeout(() => {
      onSearchRef.current(draft)
    }, SEARCH_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [draft, applied])

  return (
    <div className="timeline-search">
      <label className="visually-hidden" htmlFor="filter-text">
        Search notes
      </label>
      <input
        id="filter-text"
        type="search"
        className="input timeline-search__input"
        value={draft}
        maxLength={200}
        autoComplete="off"
        placeholder="Search your notes"
        onChange={(event) => {
          setDraft(event.target.value)
        }}
      />
    </div>
  )
}

function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  )
}

export function DateFilter({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: {
  id: string
  label: string
  value: string | undefined
  min?: string | undefined
  max?: string | undefined
  onChange: (value: string | undefined) => void
}) {
  return (
    <FilterField id={id} label={label}>
      <input
        id={id}
        type="date"
        className="input"
        value={value ?? ''}
        min={min}
        max={max}
        onChange={(event) => {
          // A date input reports '' until the date is complete and real.
          onChange(event.target.value === '' ? undefined : event.target.value)
        }}
      />
    </FilterField>
  )
}

export function SelectFilter<K extends string>({
  id,
  label,
  value,
  options,
  anyLabel = 'Any',
  onChange,
}: {
  id: string
  label: string
  value: K | undefined
  options: readonly Option<K>[]
  anyLabel?: string
  onChange: (value: K | undefined) => void
}) {
  return (
    <FilterField id={id} label={label}>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(event) => {
          const next = event.target.value
          onChange(next === '' ? undefined : (next as K))
        }}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  )
}
