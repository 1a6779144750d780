import type { ReactNode } from 'react'
import type { ReportData } from '@shared/contract/trends'
import { medicationKindLabels } from '@renderer/features/checkins'
import { bucketOptions } from '@renderer/features/episodes'
import { kindLabels } from '@renderer/features/routines'
import { DataTable } from '@renderer/components/charts/DataTable'
import { dateLong, reliefLabel, triggerLabel } from '@renderer/features/trends'

// The report's detail sections. Each says plainly when it has nothing,
// rather than leaving a clinician to wonder whether it was left out.

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  )
}

function None({ children }: { children: string }) {
  return <p className="report-none">{children}</p>
}

export function DurationAndTime({ data }: { data: ReportData }) {
  const b = data.duration.buckets
  const buckets = [
    ...bucketOptions.map((o) => ({ key: o.value, label: o.label, count: b[o.value] })),
    { key: 'unknown', label: 'Not recorded', count: b.unknown },
  ]
  const t = data.timeOfDay
  const parts = [
    { key: 'night', label: 'Night', count: t.night },
    { key: 'morning', label: 'Morning', count: t.morning },
    { key: 'afternoon', label: 'Afternoon', count: t.afternoon },
    { key: 'evening', label: 'Evening', count: t.evening },
  ]
  return (
    <div className="report-columns">
      <Section id="report-duration" title="How long they lasted">
        <DataTable
          caption="Cramps by length"
          rowKey={(r) => r.key}
          rows={buckets}
          columns={[
            { key: 'len', label: 'Length', cell: (r) => r.label },
            { key: 'n', label: 'Cramps', numeric: true, cell: (r) => r.count },
          ]}
        />
      </Section>
      <Section id="report-time" title="Time of day">
        <DataTable
          caption="Cramps by time of day"
          rowKey={(r) => r.key}
          rows={parts}
          columns={[
            { key: 'part', label: 'When', cell: (r) => r.label },
            { key: 'n', label: 'Cramps', numeric: true, cell: (r) => r.count },
          ]}
        />
      </Section>
    </div>
  )
}

export function RedFlagChecklist({ data }: { data: ReportData }) {
  return (
    <Section id="report-flags" title="Warning signs checked">
      <ul className="report-checklist">
        {data.redFlags.map((flag) => (
          <li
            key={flag.key}
            className={flag.present ? 'report-check report-check--present' : 'report-check'}
          >
            <span className="report-check__mark" aria-hidden="true">
              {flag.present ? '■' : '□'}
            </span>
            <span>
              <strong>{flag.present ? 'Present' : 'Not seen'}:</strong> {flag.sign}
              {flag.present ? <span className="report-check__why"> {flag.why}</span> : null}
              {flag.present && flag.sameDay ? (
                <span className="report-check__why"> {flag.sameDay}</span>
              ) : null}
              <span className="report-check__rule">
                Rule: {flag.rule} Found: {flag.found}.
              </span>
            </span>
          </li>
        ))}
      </ul>
      {data.medicationNote ? <p>{data.medicationNote}</p> : null}
    </Section>
  )
}

export function Medications({ data }: { data: ReportData }) {
  return (
    <Section id="report-meds" title="Medicines">
      {data.medications.length === 0 ? (
        <None>No medicines recorded.</None>
      ) : (
        <DataTable
          caption="Medicines with start dates"
          rowKey={(r) => `${r.name}-${r.startedOn ?? ''}`}
          rows={data.medications}
          columns={[
            { key: 'name', label: 'Medicine', cell: (r) => r.name },
            { key: 'kind', label: 'Kind', cell: (r) => medicationKindLabels[r.kind] },
            {
              key: 'start',
              label: 'Started',
              cell: (r) => (r.startedOn ? dateLong(r.startedOn) : 'Not recorded'),
            },
            {
              key: 'note',
              label: 'Note',
              cell: (r) => (r.mayContribute ? 'Some of this kind may contribute to cramps' : ''),
            },
          ]}
        />
      )}
    </Section>
  )
}

export function TriedAndTriggers({ data }: { data: ReportData }) {
  return (
    <div className="report-columns">
      <Section id="report-tried" title="What was tried">
        {data.tried.length === 0 ? (
          <None>No relief recorded.</None>
        ) : (
          <DataTable
            caption="Relief tried and whether it helped most"
            rowKey={(r) => r.relief}
            rows={data.tried}
            columns={[
              { key: 'relief', label: 'Relief', cell: (r) => reliefLabel(r.relief) },
              { key: 'used', label: 'Tried', numeric: true, cell: (r) => r.used },
              { key: 'best', label: 'Helped most', numeric: true, cell: (r) => r.helpedMost },
            ]}
          />
        )}
        {data.routinesDone.length > 0 ? (
          <p className="report-routines">
            Routines completed:{' '}
            {data.routinesDone.map((r) => `${kindLabels[r.kind]} ${r.count}`).join(', ')}.
          </p>
        ) : null}
      </Section>
      <Section id="report-triggers" title="Suspected triggers">
        {data.triggers.length === 0 ? (
          <None>No triggers recorded.</None>
        ) : (
          <DataTable
            caption="Suspected triggers"
            rowKey={(r) => r.trigger}
            rows={data.triggers}
            columns={[
              { key: 'trigger', label: 'Trigger', cell: (r) => triggerLabel(r.trigger) },
              { key: 'n', label: 'Cramps', numeric: true, cell: (r) => r.count },
            ]}
          />
        )}
      </Section>
    </div>
  )
}

export function Notes({ data }: { data: ReportData }) {
  return (
    <Section id="report-notes" title="Notes">
      {data.notes.length === 0 ? (
        <None>No notes in this period.</None>
      ) : (
        <ul className="report-notes">
          {data.notes.map((n, i) => (
            <li key={`${n.date}-${i}`}>
              <span className="report-notes__when">
                {dateLong(n.date)}, {n.source === 'cramp' ? 'cramp' : 'check-in'}:
              </span>{' '}
              {n.text}
            </li>
          ))}
        </ul>
      )}
      {data.notesLeftOut > 0 ? (
        <p className="report-none">
          {data.notesLeftOut === 1
            ? 'One older note in this period is not shown.'
            : `${data.notesLeftOut} older notes in this period are not shown.`}
        </p>
      ) : null}
    </Section>
  )
}
