/** `build --watch` rebuilds once per burst of saves, one build at a time, and never loses the last save. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildScheduler, WATCH_DEBOUNCE_MS } from './watch.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A rebuild that takes `ms` of (fake) time, counting starts and ends. */
function slowBuild(ms: number) {
  const log: string[] = [];
  let running = 0;
  const rebuild = async () => {
    running++;
    log.push(`start ${running}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.push('end');
    running--;
  };
  return { log, rebuild };
}

describe('RebuildScheduler', () => {
  it('builds once for a burst of changes, after the last of them', async () => {
    const { log, rebuild } = slowBuild(10);
    const scheduler = new RebuildScheduler(rebuild, WATCH_DEBOUNCE_MS);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(WATCH_DEBOUNCE_MS - 1);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(WATCH_DEBOUNCE_MS - 1);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['start 1', 'end']);
  });

  it('builds again after a build during which a change came, never two at once', async () => {
    const { log, rebuild } = slowBuild(500);
    const scheduler = new RebuildScheduler(rebuild, WATCH_DEBOUNCE_MS);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(WATCH_DEBOUNCE_MS + 100);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(WATCH_DEBOUNCE_MS + 100);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(log).toEqual(['start 1', 'end', 'start 1', 'end']);
  });
});
