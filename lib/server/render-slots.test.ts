import { describe, expect, it } from 'vitest';
import { RenderSlots } from './render-slots';

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RenderSlots', () => {
  it('lets the limit run at once and the rest wait, first come, first served', async () => {
    const slots = new RenderSlots(() => 2);
    const started: number[] = [];
    const releases: Array<() => void> = [];
    for (const n of [1, 2, 3, 4]) {
      void slots.acquire().then((release) => {
        started.push(n);
        releases[n] = release;
      });
    }
    await settle();
    expect(started).toEqual([1, 2]);
    releases[2]();
    await settle();
    expect(started).toEqual([1, 2, 3]);
    releases[1]();
    await settle();
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it('frees a slot only once, however often its release is called', async () => {
    const slots = new RenderSlots(() => 1);
    const first = await slots.acquire();
    let secondStarted = false;
    let thirdStarted = false;
    void slots.acquire().then(() => (secondStarted = true));
    void slots.acquire().then(() => (thirdStarted = true));
    first();
    first();
    await settle();
    expect(secondStarted).toBe(true);
    expect(thirdStarted).toBe(false);
  });

  it('frees the slot when the work fails', async () => {
    const slots = new RenderSlots(() => 1);
    await expect(slots.run(() => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed');
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('counts a slot freed with no one waiting, so a later request runs at once', async () => {
    const slots = new RenderSlots(() => 1);
    (await slots.acquire())();
    let started = false;
    void slots.acquire().then(() => (started = true));
    await settle();
    expect(started).toBe(true);
  });
});
