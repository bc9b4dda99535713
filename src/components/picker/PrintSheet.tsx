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
import { memo } from '../shared/memo';

interface Props {
  sheet: QuestionSheet;
}

/** How many ruled lines each question gets for notes. */
const NOTE_LINES = 2;

/**
 * One question with its lines for notes; numbered by its list. Each renders again only when its
 * text changes, so editing a long list does not redraw the hidden sheet.
 */
const PrintedQuestion = memo(function PrintedQuestion({ text }: { text: string }) {
  return (
    <li>
      <p>{text}</p>
      <div class="picker-print-lines" aria-hidden="true">
        {Array.from({ length: NOTE_LINES }, (_, line) => (
          <span key={line} />
        ))}
      </div>
    </li>
  );
});

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
              // A list never holds the same text twice, so the text is a stable key.
              <PrintedQuestion key={question.text} text={question.text} />
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
