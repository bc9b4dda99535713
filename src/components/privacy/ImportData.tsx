/**
 * Bringing data in from a file: choose it, see what it holds and what each choice would do,
 * then Merge (adds, keeps the newer edit of each item, deletes nothing) or Replace (downloads a
 * copy of the current data first). A file that can't be used says why, and nothing changes.
 */
import { useRef, useState } from 'preact/hooks';
import type { ImportPlan } from '../../stores/data-transfer';
import { downloadText } from '../shared/browser-actions';
import { InlineConfirm } from '../shared/InlineConfirm';
import { BUTTON_LABELS } from '../shared/ui-text';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { ImportPreview } from './ImportPreview';
import { importNotSaved } from './privacy-text';

interface Props {
  /** Called once data was imported, so the page can show what is stored now. */
  onImported: () => void;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; plan: ImportPlan }
  | { kind: 'done'; message: string }
  | { kind: 'unsaved'; message: string };

/**
 * What the page says once an import is applied: `done` when every tool saved its data, else
 * which tools' data is on the page only, so the reader is never told it was saved.
 */
const finished = (fileName: string, unsaved: readonly string[], done: string): Step =>
  unsaved.length > 0
    ? { kind: 'unsaved', message: importNotSaved(fileName, unsaved) }
    : { kind: 'done', message: done };

/** The import code, loaded once the reader chooses a file (the page carries none before then). */
const loadTransfer = () => import('../../stores/data-transfer');

/** The "Bring in data from a file" section. */
export function ImportData({ onImported }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const show = (next: Step) => {
    setStep(next);
    focusAfterRender(outcome);
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setStep({ kind: 'reading' });
    try {
      const { planImport } = await loadTransfer();
      const choice = await planImport(file);
      show(
        choice.ok
          ? { kind: 'preview', plan: choice.plan }
          : { kind: 'refused', message: choice.problem.message },
      );
    } catch {
      show({ kind: 'refused', message: 'That file couldn’t be read. Nothing was changed.' });
    }
    // Choosing the same file again should read it again.
    if (input.current) input.current.value = '';
  };

  const merge = async (plan: ImportPlan) => {
    const { applyImport } = await loadTransfer();
    const { unsaved } = await applyImport(plan, 'merge');
    onImported();
    show(
      finished(
        plan.fileName,
        unsaved,
        `Merged ${plan.fileName} into your data. Nothing here was deleted.`,
      ),
    );
  };

  const replace = async (plan: ImportPlan) => {
    const { applyImport, exportAllData } = await loadTransfer();
    const copy = await exportAllData();
    const name = copy.name.replace(/\.json$/, '-before-import.json');
    downloadText(name, copy.text, 'application/json');
    const { unsaved } = await applyImport(plan, 'replace');
    onImported();
    show(
      finished(
        plan.fileName,
        unsaved,
        `Replaced your data with the file’s. What was here before downloaded as ${name}.`,
      ),
    );
  };

  const cancel = () => {
    setStep({ kind: 'choose' });
    focusAfterRender(input);
  };

  return (
    <section class="privacy-part" aria-labelledby="import-heading">
      <h3 id="import-heading">Bring in data from a file</h3>
      <p>
        Moving to another browser or device? Download your data there, then choose the file here.
        You see what it holds before anything changes.
      </p>
      <div class="field">
        <label for="import-file">Choose a data file</label>
        <span class="hint" id="import-file-hint">
          The file “Download all my data” saved: its name starts with “interview-kit-data”.
        </span>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </div>

      <div ref={outcome} tabIndex={-1} class="import-outcome">
        {step.kind === 'reading' && <p role="status">Reading the file…</p>}
        {(step.kind === 'refused' || step.kind === 'unsaved') && (
          <p class="notice error" role="alert">
            {step.message}
          </p>
        )}
        {step.kind === 'done' && (
          <p class="notice ok" role="status">
            {step.message}
          </p>
        )}
        {step.kind === 'preview' && (
          <div class="card import-card" role="group" aria-labelledby="import-preview-heading">
            <h4 id="import-preview-heading" class="import-card-heading">
              What this file would change
            </h4>
            <p class="hint">
              Merge adds what is new and keeps the newer version of anything you have in both
              places; it deletes nothing. Replace makes each tool in the file hold exactly what the
              file holds.
            </p>
            <ImportPreview plan={step.plan} />
            <div class="import-actions">
              <button type="button" class="button" onClick={() => void merge(step.plan)}>
                Merge into my data
              </button>
              <InlineConfirm
                id="import-replace"
                label="Replace my data"
                buttonClass="button secondary"
                question="Replace your data with the file’s? First, a copy of everything here downloads, so you can go back."
                confirmLabel="Download a copy and replace"
                cancelLabel="Don’t replace"
                onConfirm={() => void replace(step.plan)}
              />
              <button type="button" class="button quiet" onClick={cancel}>
                {BUTTON_LABELS.cancel}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
