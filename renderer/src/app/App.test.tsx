import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { App } from './App'
import { ErrorBoundary } from './ErrorBoundary'

function Broken(): never {
  throw new Error('boom')
}

describe('App outside Limber', () => {
  it('explains that it must run in the app or the preview harness', () => {
    render(<App />)
    expect(screen.getByRole('heading', { level: 1, name: 'Open Limber from its app' })).toBeTruthy()
    expect(screen.getByText('npm run preview:web')).toBeTruthy()
  })
})

describe('ErrorBoundary', () => {
  it('replaces a crashed tree with a calm page and a Reload button', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy()
    expect(screen.getByText(/not affected/)).toBeTruthy()
    quiet.mockRestore()
  })
})
