import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoDatabase, viewerFor } from '@/test/database';
import { getDb } from '../client';
import { users } from '../schema';
import { findViewer } from './viewer';

describe('session revocation', () => {
  beforeEach(async () => {
    await demoDatabase();
  });

  it('resolves a live session to the viewer with their delegation', () => {
    const viewer = viewerFor('jp.staff@vancouver.test');
    expect(viewer.role).toBe('staff');
    expect(viewer.delegation).toMatchObject({ code: 'jp', protocolName: 'Japan' });
    expect(viewerFor('secretariat@vancouver.test').delegation).toBeNull();
  });

  it('ends every session of an account that signs out everywhere (its session version moves on)', () => {
    const { userId } = viewerFor('kr.head@vancouver.test');
    getDb().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)).run();
    expect(findViewer(userId, 1)).toBeNull();
    expect(findViewer(userId, 2)).not.toBeNull();
  });

  it('ends the sessions of a disabled account at once', () => {
    const { userId } = viewerFor('gb.staff@vancouver.test');
    getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId)).run();
    expect(findViewer(userId, 1)).toBeNull();
  });

  it('knows no viewer for an account that does not exist', () => {
    expect(findViewer(999_999, 1)).toBeNull();
  });
});
