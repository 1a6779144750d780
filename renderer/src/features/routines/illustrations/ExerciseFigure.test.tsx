import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { exercises } from '@shared/domain/routines/exercises'
import { ExerciseFigure } from './ExerciseFigure'
import { genericPose, poseFor } from './poses'

describe('exercise illustrations', () => {
  it('draws every catalogue exercise with its own figure, named for assistive tech', () => {
    for (const exercise of exercises) {
      expect(poseFor(exercise.id), exercise.id).not.toBe(genericPose)
    }
    render(<ExerciseFigure exerciseId="glute_bridge" />)
    const img = screen.getByRole('img', { name: 'Glute bridge' })
    expect(img.tagName.toLowerCase()).toBe('svg')
    expect(img.querySelector('title')?.textContent).toBe('Glute bridge')
  })

  it('falls back to a standing figure for an exercise it has no drawing for', () => {
    expect(poseFor('yoga_crow')).toBe(genericPose)
    render(<ExerciseFigure exerciseId="yoga_crow" title="Crow pose" />)
    expect(screen.getByRole('img', { name: 'Crow pose' })).toBeTruthy()
  })

  it('uses currentColor only, so both themes colour it', () => {
    const { container } = render(<ExerciseFigure exerciseId="hip_stretch" />)
    const svg = container.innerHTML
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}|rgb\(/i)
  })
})
