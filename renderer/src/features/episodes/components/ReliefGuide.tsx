import '../live.css'

/**
 * What to do while a cramp holds, in CONTENT.md's order, in large type for
 * reading at arm's length. Headings are h2 under the timer screen's h1.
 */
export function ReliefGuide() {
  return (
    <section className="relief-guide" aria-labelledby="relief-guide-title">
      <h2 id="relief-guide-title" className="relief-guide__title">
        What helps, in order
      </h2>
      <ol className="relief-guide__steps">
        <li className="relief-step">
          <h3 className="relief-step__title">Stretch gently</h3>
          <p className="relief-step__lead">
            The first thing to try. A steady pull, never sharp pain.
          </p>
          <div className="relief-step__ways">
            <div className="relief-way">
              <h4 className="relief-way__title">Sitting</h4>
              <p>
                Cramped leg straight, other knee bent, back straight. Lean forward from the hips
                toward your toes until you feel a pull along the back of the thigh.
              </p>
            </div>
            <div className="relief-way">
              <h4 className="relief-way__title">Standing</h4>
              <p>
                Heel on a low step or chair, knee straight. Lean forward slightly from the hips.
              </p>
            </div>
          </div>
          <p>Hold 20–30 seconds and breathe slowly. Let go, then repeat a few times.</p>
        </li>
        <li className="relief-step">
          <h3 className="relief-step__title">Massage and move</h3>
          <p>
            Knead the muscle with your hands or a ball. Once the worst has passed, bend and
            straighten the knee a few times.
          </p>
        </li>
        <li className="relief-step">
          <h3 className="relief-step__title">Warmth now, ice later</h3>
          <p>
            A warm towel, heating pad or warm shower can help while it cramps. Afterwards, ice
            briefly only if it stays sore or tender.
          </p>
        </li>
        <li className="relief-step">
          <h3 className="relief-step__title">Drink something</h3>
          <p>
            Have some water. After heavy sweating or heat, choose a drink with electrolytes or a
            snack such as yogurt, a banana or leafy greens.
          </p>
          <p className="relief-step__note">
            With kidney disease or a fluid or mineral limit, your clinician’s rules come first.
          </p>
        </li>
        <li className="relief-step">
          <h3 className="relief-step__title">If it stays sore</h3>
          <p>
            For soreness that lingers, an over-the-counter pain reliever can help, but only one that
            is safe for you: ask a pharmacist, especially if you have kidney disease or take heart
            or blood-pressure medicines.
          </p>
          <p className="relief-step__note">
            Quinine is no longer recommended for cramps because of its serious side effects.
          </p>
        </li>
      </ol>
    </section>
  )
}
