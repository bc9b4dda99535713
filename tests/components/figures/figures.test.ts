// @vitest-environment node
/**
 * The guide's figures as a reader gets them: each an inline SVG named by its title and described
 * in full by its desc, with a visible caption and no script, and the numbers of the data the
 * tools use (the sizing rule, the method's rules, the contact circles).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, test } from 'vitest';
import ContactCircles from '../../../src/components/figures/ContactCircles.astro';
import ContactPath from '../../../src/components/figures/ContactPath.astro';
import ConversationArc from '../../../src/components/figures/ConversationArc.astro';
import { planInterview } from '../../../src/lib/interview-plan';
import {
  JOB_HELP_AFTER_WEEKS,
  NAMES_PER_CONVERSATION,
  NUDGE_AFTER_DAYS,
  REQUEST_MINUTES,
  THANK_YOU_HOURS,
  UPDATE_AFTER_WEEKS,
} from '../../../src/lib/method-rules';
import { CONTACT_WARMTH_LABELS, PHASE_LABELS, PHASES } from '../../../src/lib/vocabulary';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Renders a figure and returns its parts as a reader and a screen reader meet them. */
async function render(component: Parameters<AstroContainer['renderToString']>[0]) {
  const window = new Window();
  window.document.body.innerHTML = await container.renderToString(component);
  const figure = window.document.querySelector('figure');
  const svg = figure?.querySelector('svg');
  const byId = (id: string) => window.document.getElementById(id)?.textContent ?? '';
  const labelledBy = (svg?.getAttribute('aria-labelledby') ?? '').split(' ').filter(Boolean);
  return {
    figure,
    svg,
    name: byId(labelledBy[0] ?? ''),
    description: byId(labelledBy[1] ?? ''),
    title: svg?.querySelector('title')?.textContent ?? '',
    caption: figure?.querySelector('figcaption')?.textContent?.trim() ?? '',
    drawnText: [...(svg?.querySelectorAll('text') ?? [])].map((text) => text.textContent ?? ''),
    scripts: window.document.querySelectorAll('script').length,
  };
}

const figures = [
  ['the conversation arc', ConversationArc, 'The arc of a 30-minute conversation'],
  ['one contact’s path', ContactPath, 'The path of one contact over time'],
  ['the circles of contacts', ContactCircles, 'Hot, warm and cold contacts'],
] as const;

describe.each(figures)('the figure of %s', (_name, component, title) => {
  test('is an image named by its title and described by its desc, with a caption', async () => {
    const rendered = await render(component);
    expect(rendered.svg?.getAttribute('role')).toBe('img');
    expect(rendered.title).toBe(title);
    expect(rendered.name).toBe(title);
    expect(rendered.description.length).toBeGreaterThan(80);
    expect(rendered.caption.length).toBeGreaterThan(40);
    expect(rendered.caption).not.toBe(rendered.description);
  });

  test('ships no script and scales with its column', async () => {
    const rendered = await render(component);
    expect(rendered.scripts).toBe(0);
    expect(rendered.svg?.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(rendered.svg?.hasAttribute('width')).toBe(false);
  });
});

describe('the conversation arc', () => {
  const plan = planInterview(REQUEST_MINUTES.max);

  test('draws and describes each part with its minutes from the sizing rule', async () => {
    const { drawnText, description } = await render(ConversationArc);
    for (const phase of PHASES) {
      const minutes = `${plan.phaseMinutes[phase]} minutes`;
      expect(
        drawnText.some((text) => text.startsWith(PHASE_LABELS[phase]) && text.includes(minutes)),
        phase,
      ).toBe(true);
      expect(description).toContain(`${PHASE_LABELS[phase].toLowerCase()}, ${minutes}`);
    }
    expect(description).toContain(`opening, ${plan.openingMinutes} minute`);
    expect(description).toContain(`closing, ${plan.closingMinutes} minutes`);
  });

  test('marks the time from 0 to the whole length', async () => {
    const { drawnText } = await render(ConversationArc);
    expect(drawnText).toContain('0 min');
    expect(drawnText).toContain(String(plan.minutes));
  });
});

describe('one contact’s path', () => {
  test('takes every wait from the method’s rules', async () => {
    const { drawnText, description } = await render(ContactPath);
    const all = `${drawnText.join(' ')} ${description}`;
    expect(all).toContain(`Day ${NUDGE_AFTER_DAYS}`);
    expect(all).toContain(`Within ${THANK_YOU_HOURS.dueWithinHours} hours`);
    expect(all).toContain(`after ${THANK_YOU_HOURS.lateAfterHours} hours it is late`);
    expect(all).toContain(`${UPDATE_AFTER_WEEKS} weeks later`);
    expect(all).toContain(`${JOB_HELP_AFTER_WEEKS} weeks or more`);
    expect(all).toContain(`${REQUEST_MINUTES.min} to ${REQUEST_MINUTES.max} minutes`);
  });

  test('runs in order: ask, nudge, meet, thank, update, job help last', async () => {
    const { drawnText } = await render(ContactPath);
    const order = [
      'Ask',
      'No reply? Nudge once',
      'Meet',
      'Thank them',
      'Send an update',
      'Job help',
    ];
    const positions = order.map((step) => drawnText.findIndex((text) => text.startsWith(step)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('the circles of contacts', () => {
  test('names each circle and who is in it, and how many names a conversation adds', async () => {
    const { drawnText, description } = await render(ContactCircles);
    for (const { label, who } of Object.values(CONTACT_WARMTH_LABELS)) {
      expect(drawnText).toContain(label);
      expect(description).toContain(who);
    }
    expect(description).toContain(
      `${NAMES_PER_CONVERSATION.min} to ${NAMES_PER_CONVERSATION.max} new names`,
    );
  });
});
