/**
 * The question sheet as printed: the list's name and length, each part as a heading with its
 * minutes, and numbered questions with ruled lines for notes. Hidden on screen; the picker's
 * print styles show only this.
 */
import {
  aboutMinutes,
  CLOSING_NOTE,
  OPENING_NOTE,
  type QuestionSheet,
} from '../../lib/list-export';

interface Props {
  sheet: QuestionSheet;
}

/** How many ruled lines each question gets for notes. */
const NOTE_LINES = 2;

/** The printable sheet. */
export function PrintSheet({ sheet }: Props) {
  return (
    <article class="picker-print" aria-label="Printable question sheet">
      <header class="picker-print-head">
        <h2>{sheet.title}</h2>
        <p>{sheet.summary}</p>
      </header>
      <p class="picker-print-note">
        <strong>Opening ({sheet.openingMinutes} min):</strong> {OPENING_NOTE}
      </p>
      {sheet.sections.map((section) => (
        <section key={section.phase} class="picker-print-section">
          <h3>
            {section.heading}{' '}
            <span class="picker-print-minutes">({aboutMinutes(section.minutes)})</span>
          </h3>
          <ol start={section.questions[0]?.number}>
            {section.questions.map((question) => (
              <li key={question.number}>
                <p>{question.text}</p>
                <div class="picker-print-lines" aria-hidden="true">
                  {Array.from({ length: NOTE_LINES }, (_, line) => (
                    <span key={line} />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p class="picker-print-note">
        <strong>Closing ({sheet.closingMinutes} min):</strong> {CLOSING_NOTE}
      </p>
    </article>
  );
}
