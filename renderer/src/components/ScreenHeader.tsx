import { useLayoutEffect, type ReactNode } from 'react'

interface ScreenHeaderProps {
  title: string
  lead?: ReactNode
}

/**
 * The one h1 of a screen. It can take focus (tabIndex -1) so the layout can
 * move focus here after navigation, and it names the window.
 */
export function ScreenHeader({ title, lead }: ScreenHeaderProps) {
  // A layout effect names the window in the same commit as the heading, so
  // assistive tech and tests never see the previous screen's title.
  useLayoutEffect(() => {
    document.title = `${title} · Limber`
  }, [title])
  return (
    <header className="screen-header">
      <h1 tabIndex={-1} data-screen-heading="">
        {title}
      </h1>
      {lead ? <p className="screen-header__lead">{lead}</p> : null}
    </header>
  )
}
