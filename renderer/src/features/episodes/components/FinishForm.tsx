import { SubmitButton } from '@renderer/components/form/SubmitButton'
import { Button } from '@renderer/components/Button'
import { useLayoutEffect, useRef, useState, type SubmitEvent } from 'react'
import type { LiveState } from '@shared/contract/journal'
import type { CrampContext, Episode, Side } from '@shared/domain/episode'
import { isIpcError } from '@renderer/lib/ipc'
import { errorsFromIssues, type DraftErrors } from '../draft'
import { contextOptions, sideOptions } from '../labels'
import { useFinishLive } from '../queries'
import { ChoiceGroup } from './ChoiceGroup'
import { PainScale } from './PainScale'
import '../form.css'
import '../live.css'

interface FinishFormProps {
  suggested: LiveState['suggested']
  onSaved: (episode: Episode) => void
  onResume: () => void
}

/** "It's over": only side, pain and context, with smart defaults; the rest can wait. */
export function FinishForm({ suggested, onSaved, onResume }: FinishFormProps) {
  const formRef = useRef<HTMLFormElement>(null)
  const [side, setSide] = useState<Side>(suggested.side)
  const [context, setContext] = useState<CrampContext>(suggested.context)
  const [pain, setPain] = useState('')
  const [errors, setErrors] = useState<DraftErrors>({})
  const finish = useFinishLive()
  const titleRef = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    titleRef.current?.focus()
  }, [])

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (finish.isPending) return
    if (pain === '') {
      setErrors({ pain: 'Choose how bad it was, from 0 to 10' })
      formRef.current?.querySelector<HTMLInputElement>('input[name="pain"]')?.focus()
      return
    }
    finish.mutate(
      { side, pain: Number(pain), context },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isIpcError(error)) setErrors(errorsFromIssues(error.issues))
        },
      },
    )
  }

  return (
    <form
      ref={formRef}
      className="finish-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="finish-title"
    >
      <h2 id="finish-title" ref={titleRef} className="finish-form__title" tabIndex={-1}>
        Three quick answers
      </h2>
      <ChoiceGroup
        name="side"
        legend="Which leg?"
        size="large"
        options={sideOptions}
        value={side}
        onChange={setSide}
        error={errors.side}
      />
      <PainScale
        size="large"
        value={pain}
        onChange={(value) => {
          setPain(value)
          setErrors({})
        }}
        error={errors.pain}
      />
      <ChoiceGroup
        name="context"
        legend="What were you doing?"
        size="large"
        options={contextOptions}
        value={context}
        onChange={setContext}
        error={errors.context}
      />
      {errors[''] ? <p className="field__error">{errors['']}</p> : null}
      <div className="finish-form__actions">
        <SubmitButton pending={finish.isPending} size="huge">
          Save
        </SubmitButton>
        <Button size="large" onClick={onResume}>
          Keep timing
        </Button>
      </div>
    </form>
  )
}
