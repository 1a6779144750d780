import { useId } from 'react'
import { exerciseById } from '@shared/domain/routines/exercises'
import { FLOOR_Y, frameOf, poseFor, type Point, type Stroke } from './poses'

interface ExerciseFigureProps {
  exerciseId: string | null | undefined
  /** What the picture shows; defaults to the exercise's name. */
  title?: string
  className?: string
}

const toPoints = (points: readonly Point[]) => points.map(([x, y]) => `${x},${y}`).join(' ')

const layerClass: Record<NonNullable<Stroke['layer']> | 'near', string> = {
  near: 'figure__near',
  far: 'figure__far',
  prop: 'figure__prop',
  motion: 'figure__motion',
}

/**
 * An in-house stick figure for an exercise, drawn in currentColor so it
 * follows the theme. A standing figure stands in for exercises without a
 * drawing of their own.
 */
export function ExerciseFigure({ exerciseId, title, className }: ExerciseFigureProps) {
  const titleId = useId()
  const pose = poseFor(exerciseId)
  const frame = frameOf(pose)
  const label = title ?? exerciseById(exerciseId ?? '')?.name ?? 'A person ready to exercise'
  return (
    <svg
      className={`figure ${className ?? ''}`.trim()}
      viewBox={`${frame.x} ${frame.y} ${frame.size} ${frame.size}`}
      role="img"
      aria-labelledby={titleId}
      focusable="false"
    >
      <title id={titleId}>{label}</title>
      {pose.noFloor ? null : (
        <line
          className="figure__floor"
          x1={frame.x + 4}
          y1={FLOOR_Y}
          x2={frame.x + frame.size - 4}
          y2={FLOOR_Y}
        />
      )}
      {pose.paths?.map((path) => (
        <path key={path.d} className={layerClass[path.layer]} d={path.d} />
      ))}
      {pose.strokes.map((stroke) => (
        <polyline
          key={toPoints(stroke.points)}
          className={layerClass[stroke.layer ?? 'near']}
          points={toPoints(stroke.points)}
        />
      ))}
      <circle className="figure__head" cx={pose.head[0]} cy={pose.head[1]} r="7" />
    </svg>
  )
}
