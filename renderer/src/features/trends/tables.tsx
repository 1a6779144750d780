import type {
  AdherenceWeek,
  HourBar,
  PainPoint,
  ReliefCount,
  TriggerCount,
  WaterBand,
  WaterWeek,
  WeeklyCramps,
} from '@shared/contract/trends'
import type { WaterUnit } from '@shared/domain/settings'
import { DataTable } from '@renderer/components/charts/DataTable'
import { NO_AVERAGE_NOTE } from '@shared/domain/trends/weekly'
import {
  averageText,
  hourRange,
  percent,
  reliefLabel,
  triggerLabel,
  waterText,
  weekLong,
} from './format'

// The numbers behind each chart, as tables: the "Show as table" view and
// what screen readers read.

const byWeek = (row: { weekStart: string }) => row.weekStart
const week = {
  key: 'week',
  label: 'Week',
  cell: (r: { weekStart: string }) => weekLong(r.weekStart),
}

export function WeeklyTable({ data }: { data: WeeklyCramps[] }) {
  return (
    <>
      <WeeklyRows data={data} />
      {data.some((w) => w.average4w === null) ? (
        <p className="field__hint">{NO_AVERAGE_NOTE}</p>
      ) : null}
    </>
  )
}

function WeeklyRows({ data }: { data: WeeklyCramps[] }) {
  return (
    <DataTable
      caption="Cramps per week by where they happened"
      rowKey={byWeek}
      rows={data}
      columns={[
        week,
        { key: 'night', label: 'At night', numeric: true, cell: (r) => r.night },
        { key: 'exercise', label: 'Exercise', numeric: true, cell: (r) => r.exercise },
        { key: 'rest', label: 'At rest', numeric: true, cell: (r) => r.rest },
        { key: 'total', label: 'Total', numeric: true, cell: (r) => r.total },
        {
          key: 'avg',
          label: '4-week average',
          numeric: true,
          cell: (r) => averageText(r.average4w),
        },
      ]}
    />
  )
}

const pain = (value: number | null) => (value === null ? '–' : String(value))

export function PainTable({ data }: { data: PainPoint[] }) {
  return (
    <DataTable
      caption="Peak and average pain per week, out of 10"
      rowKey={byWeek}
      rows={data}
      columns={[
        week,
        { key: 'peak', label: 'Peak pain', numeric: true, cell: (r) => pain(r.peak) },
        { key: 'average', label: 'Average pain', numeric: true, cell: (r) => pain(r.average) },
      ]}
    />
  )
}

export function HoursTable({ data }: { data: HourBar[] }) {
  return (
    <DataTable
      caption="Cramps by the hour they started"
      rowKey={(r) => String(r.hour)}
      rows={data}
      columns={[
        { key: 'hour', label: 'Hour', cell: (r) => hourRange(r.hour) },
        { key: 'night', label: 'Night hours', cell: (r) => (r.night ? 'Yes' : 'No') },
        { key: 'count', label: 'Cramps', numeric: true, cell: (r) => r.count },
      ]}
    />
  )
}

export function TriggersTable({ data }: { data: TriggerCount[] }) {
  return (
    <DataTable
      caption="Suspected triggers"
      rowKey={(r) => r.trigger}
      rows={data}
      columns={[
        { key: 'trigger', label: 'Trigger', cell: (r) => triggerLabel(r.trigger) },
        { key: 'count', label: 'Cramps', numeric: true, cell: (r) => r.count },
      ]}
    />
  )
}

export function ReliefTable({ data }: { data: ReliefCount[] }) {
  return (
    <DataTable
      caption="Relief tried, and what helped most"
      rowKey={(r) => r.relief}
      rows={data}
      columns={[
        { key: 'relief', label: 'Relief', cell: (r) => reliefLabel(r.relief) },
        { key: 'used', label: 'Tried', numeric: true, cell: (r) => r.used },
        { key: 'best', label: 'Helped most', numeric: true, cell: (r) => r.helpedMost },
      ]}
    />
  )
}

export function AdherenceTable({ data }: { data: AdherenceWeek[] }) {
  return (
    <DataTable
      caption="Bedtime routines and reminders per week, beside cramps"
      rowKey={byWeek}
      rows={data}
      columns={[
        week,
        {
          key: 'bedtime',
          label: 'Bedtime routines',
          numeric: true,
          cell: (r) => r.bedtimeRoutines,
        },
        {
          key: 'reminders',
          label: 'Reminders acted on',
          numeric: true,
          cell: (r) => `${r.remindersActedOn} of ${r.remindersTotal}`,
        },
        { key: 'cramps', label: 'Cramps', numeric: true, cell: (r) => r.cramps },
      ]}
    />
  )
}

export function WaterTable({ data, unit }: { data: WaterWeek[]; unit: WaterUnit }) {
  return (
    <DataTable
      caption="Water and days with cramps per week"
      rowKey={byWeek}
      rows={data}
      columns={[
        week,
        {
          key: 'water',
          label: 'Average water',
          numeric: true,
          cell: (r) => (r.averageWaterMl === null ? '–' : waterText(r.averageWaterMl, unit)),
        },
        {
          key: 'target',
          label: 'Days at target',
          numeric: true,
          cell: (r) => `${r.daysAtTarget} of ${r.checkInDays}`,
        },
        { key: 'cramps', label: 'Days with cramps', numeric: true, cell: (r) => r.crampDays },
      ]}
    />
  )
}

export const bandLabels: Record<WaterBand['band'], string> = {
  under_half: 'Under half your target',
  under_target: 'Half to just under your target',
  at_target: 'At or above your target',
}

export function WaterBandsTable({ bands }: { bands: WaterBand[] }) {
  return (
    <DataTable
      caption="Check-in days by water, and how many had cramps"
      rowKey={(r) => r.band}
      rows={bands}
      columns={[
        { key: 'band', label: 'Water that day', cell: (r) => bandLabels[r.band] },
        { key: 'days', label: 'Days', numeric: true, cell: (r) => r.days },
        { key: 'cramps', label: 'With cramps', numeric: true, cell: (r) => r.crampDays },
        { key: 'share', label: 'Share', numeric: true, cell: (r) => percent(r.crampDays, r.days) },
      ]}
    />
  )
}
