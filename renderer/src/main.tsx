import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/tokens.css'
import './styles/base.css'
import './styles/buttons.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/screens.css'
import { App } from './app/App'
import { applySystemTheme } from './app/theme'

applySystemTheme()

const container = document.getElementById('root')
if (!container) throw new Error('index.html is missing #root')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
