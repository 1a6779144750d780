import { Button } from '@renderer/components/Button'
import { useState } from 'react'
import type { EpisodeFilter } from '@shared/contract/journal'
import { CloseIcon } from '@renderer/components/icons'
import { FilterIcon } from './FilterIcon'
import {
  contextOptions,
  muscleOptions,
  sideOptions,
  triggerOptions,
  type Option,
} from '@renderer/features/episodes'
import { todayLocal } from '@renderer/features/checkins'
import { activeFilters, hasAnyFilter } from '../filters'
import { DateFilter, SearchField, SelectFilter } from './FilterFields'

interface TimelineFiltersProps {
  filter: EpisodeFilter
  onChange: (patch: Partial<EpisodeFilter>) => void
  onClear: () => void
}

const painOptions: Option<string>[] = Array.from({ length: 10 }, (_, i) => ({
  value: String(i + 1),
  label: `${i + 1} out of 10`,
}))

/**
 * Search in notes, with the filters folded away behind one button; the
 * ones in use show as removable chips, so the timeline stays in view.
 */
export function TimelineFilters({ filter, onChange, onClear }: TimelineFiltersProps) {
  const today = todayLocal()
  const chips = activeFilters(filter)
  const [open, setOpen] = useState(false)
  const count = chips.filter((chip) => chip.key !== 'text').length
  return (
    <form
      role="search"
      aria-labelledby="journal-filters-title"
      className="timeline-filters"
      onSubmit={(event) => {
        event.preventDefault()
      }}
    >
      <h2 id="journal-filters-title" className="visually-hidden">
        Search and filter
      </h2>
      <div className="timeline-filters__bar">
        <SearchField
          text={filter.text ?? ''}
          onSearch={(text) => {
            onChange({ text: text.trim() === '' ? undefined : text.trim() })
          }}
        />
        <Button
          className="timeline-filters__toggle"
          aria-expanded={open}
          aria-controls="journal-filter-panel"
          onClick={() => {
            setOpen((value) => !value)
          }}
        >
          <FilterIcon size={18} />
          Filters
          {count > 0 ? ' ' : null}
          {count > 0 ? (
            <span className="timeline-filters__count">
              {count} <span className="visually-hidden">in use</span>
            </span>
          ) : null}
        </Button>
      </div>

      <div id="journal-filter-panel" className="card timeline-filters__panel" hidden={!open}>
        <DateFilter
          id="filter-from"
          label="From"
          value={filter.from}
          max={filter.to ?? today}
          onChange={(from) => {
            onChange({ from })
          }}
        />
        <DateFilter
          id="filter-to"
          label="To"
          value={filter.to}
          min={filter.from}
          max={today}
          onChange={(to) => {
            onChange({ to })
          }}
        />
        <SelectFilter
          id="filter-muscle"
          label="Muscle"
          value={filter.muscle}
          options={muscleOptions}
          onChange={(muscle) => {
            onChange({ muscle })
          }}
        />
        <SelectFilter
          id="filter-side"
          label="Side"
          value={filter.side}
          options={sideOptions}
          onChange={(side) => {
            onChange({ side })
          }}
        />
        <SelectFilter
          id="filter-context"
          label="What you were doing"
          value={filter.context}
          options={contextOptions}
          onChange={(context) => {
            onChange({ context })
          }}
        />
        <SelectFilter
          id="filter-trigger"
          label="Suspected trigger"
          value={filter.trigger}
          options={triggerOptions}
          onChange={(trigger) => {
            onChange({ trigger })
          }}
        />
        <SelectFilter
          id="filter-pain"
          label="Pain at least"
          value={filter.minPain === undefined ? undefined : String(filter.minPain)}
          anyLabel="Any pain"
          options={painOptions}
          onChange={(value) => {
            onChange({ minPain: value === undefined ? undefined : Number(value) })
          }}
        />
        <label className="choice timeline-filters__flag">
          <input
            type="checkbox"
            checked={filter.redFlag === true}
            onChange={(event) => {
              onChange({ redFlag: event.target.checked ? true : undefined })
            }}
          />
          Only with a warning sign
        </label>
      </div>

      {hasAnyFilter(filter) ? (
        <ul className="filter-chips" aria-label="Filters in use">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="filter-chip"
                aria-label={`Remove filter: ${chip.label}`}
                onClick={() => {
                  onChange({ [chip.key]: undefined })
                }}
              >
                {chip.label}
                <CloseIcon size={14} />
              </button>
            </li>
          ))}
          <li>
            <Button tone="quiet" className="filter-chips__clear" onClick={onClear}>
              Clear all
            </Button>
          </li>
        </ul>
      ) : null}
    </form>
  )
}
