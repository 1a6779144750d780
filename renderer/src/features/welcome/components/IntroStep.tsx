import { InfoIcon, LockIcon } from '@renderer/components/icons'

/** What Limber does and does not do, from shared/CONTENT.md and the README. */
export function IntroStep() {
  return (
    <>
      <p className="welcome__lead">
        Limber is a calm companion for people who get hamstring and other leg cramps.
      </p>
      <div className="welcome__columns">
        <div>
          <h2 className="welcome__subtitle">What it does</h2>
          <ul className="list">
            <li>Logs a cramp in seconds, even mid-cramp.</li>
            <li>
              Keeps a short daily check-in: water, food, exercise, sitting, stretching, sleep.
            </li>
            <li>Guides warm-up, cool-down, bedtime and cramp-relief stretches.</li>
            <li>Reminds you to move, drink and stretch while you work.</li>
            <li>Shows what your cramps seem to have in common.</li>
          </ul>
        </div>
        <div>
          <h2 className="welcome__subtitle">What it does not do</h2>
          <ul className="list">
            <li>It does not diagnose anything or promise to prevent cramps.</li>
            <li>
              It does not replace your clinician’s advice. When your journal shows signs worth a
              professional’s look, it says so.
            </li>
          </ul>
        </div>
      </div>
      <p className="disclaimer">
        <InfoIcon size={18} />
        <span>Limber is not a medical device and does not replace a clinician.</span>
      </p>
      <p className="welcome__privacy">
        <LockIcon size={16} />
        <span>Everything stays on this computer. No account, nothing sent anywhere.</span>
      </p>
      <p className="field__hint">
        A few quick choices follow. Each one can be changed later in Settings.
      </p>
    </>
  )
}
