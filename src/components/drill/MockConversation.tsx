/**
 * The mock conversation: set up a run, run it against the clock, write the debrief, and keep
 * the debriefs. Which of the three is shown follows the saved run, so a reload lands in the
 * same place. The question bank is fetched only when the set-up is first shown.
 */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import type { Clock } from '../../lib/time';
import { pickBank } from '../../lib/question-bank';
import { $mockRuns, mockRunsStore } from '../../stores/mock-runs';
import { StorageNotice } from '../shared/StorageNotice';
import { useAnnouncement } from '../shared/useAnnouncement';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';
import { DebriefForm } from './DebriefForm';
import { MockRunView } from './MockRunView';
import { MockSetup } from './MockSetup';
import { SavedDebriefs } from './SavedDebriefs';
import { LoadFailed } from '../shared/LoadFailed';
import { useJsonData } from '../shared/useOnDemand';

interface Props {
  /** Where the question bank is served (/questions/bank.json). */
  bankUrl: string;
  clock: Clock;
  /** Whether the mode is on screen; the bank is not fetched before it is. */
  active: boolean;
}

/** The mock conversation mode. */
export function MockConversation({ bankUrl, clock, active }: Props) {
  const { current, debriefs } = useStore($mockRuns);
  const bank = useJsonData(bankUrl, pickBank, active && current === undefined);
  const [message, announce] = useAnnouncement();
  const savedHeading = useRef<HTMLHeadingElement>(null);
  const setupStart = useRef<HTMLDivElement>(null);
  const runHeading = useRef<HTMLHeadingElement>(null);
  const debriefHeading = useRef<HTMLHeadingElement>(null);
  // Focus follows the reader's own actions (start, end, save), never a page load.
  const focusAfterRender = useFocusAfterRender();

  const finished = (saved: boolean) => {
    announce(saved ? 'Debrief saved.' : 'Run discarded.');
    focusAfterRender(saved ? savedHeading : setupStart);
  };

  const setup =
    bank.status === 'ready' ? (
      <MockSetup
        bank={bank.data}
        clock={clock}
        onStarted={() => {
          focusAfterRender(runHeading);
          announce('The conversation has started. Open with thanks.');
        }}
      />
    ) : bank.status === 'failed' ? (
      <LoadFailed
        message="The question bank couldn’t be loaded, so the mock conversation can’t start. Check your connection and try again."
        onRetry={bank.retry}
      />
    ) : (
      <p class="loading">Loading the questions…</p>
    );

  return (
    <div class="mock">
      <StorageNotice store={mockRunsStore} backupFilename="mock-conversations-backup.json" />
      {current === undefined ? (
        <div ref={setupStart} tabIndex={-1} class="mock-setup-wrap">
          {setup}
        </div>
      ) : current.endedAt === undefined ? (
        <MockRunView
          run={current}
          clock={clock}
          announce={announce}
          headingRef={runHeading}
          onEnded={() => focusAfterRender(debriefHeading)}
        />
      ) : (
        <DebriefForm run={current} onDone={finished} headingRef={debriefHeading} />
      )}
      {/* Under the set-up once it is here (so it never moves down), or under the debrief. */}
      {(current === undefined && bank.status !== 'ready') ||
      (current !== undefined && current.endedAt === undefined) ? null : (
        <SavedDebriefs debriefs={debriefs} announce={announce} headingRef={savedHeading} />
      )}
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
