import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewBook } from '../../src/review/reviewBook';
import { REVIEWED_FINDINGS_RELATION } from '../../src/review/reviewedFindings';
import type { ReviewNote } from '../../src/review/reviewNote';
import { NOTES_STATE_SQL } from '../../src/review/reviewSql';
import { HUAINAN_2024, contractDbSuite } from '../query/contractDb';
import { memoryNoteStore } from './memoryNoteStore';

const SHA_000 = createHash('sha256').update(readFileSync(resolve(import.meta.dirname, '../../data/raw', HUAINAN_2024))).digest('hex');
const TRAVEL = `${HUAINAN_2024}#10`;

const note = (over: Partial<ReviewNote>): ReviewNote => ({
  kind: 'finding',
  subjectId: `exec.low:${TRAVEL}`,
  sourceFile: HUAINAN_2024,
  sourceSha256: SHA_000,
  subjectText: '',
  status: 'to_verify',
  reason: '',
  note: '',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...over,
});

describe('review notes in the database', () => {
  const db = contractDbSuite();

  it('joins a note to its finding on the same data, and keeps a note on changed data as orphaned', async () => {
    const store = memoryNoteStore();
    const book = new ReviewBook(store);
    await book.attach(db.conn);
    await book.save(note({ status: 'confirmed', note: '核实：出国计划取消' }));
    await book.save(note({ subjectId: `inflation.low_exec_high_score:${TRAVEL}`, status: 'dismissed', reason: '执行率低因疫情后计划调整' }));
    await book.save(note({ kind: 'form', subjectId: TRAVEL, status: 'to_verify', note: '调阅凭证' }));
    // The same finding, noted on other bytes of the document: not this data's note.
    await book.save(note({ sourceSha256: 'b'.repeat(64), status: 'confirmed', note: '旧版本' }));
    // A finding that no rule gives any more.
    await book.save(note({ subjectId: 'exec.low:gone.txt#1', sourceFile: 'gone.txt', status: 'confirmed', subjectText: '已删除的文件' }));
    expect(book.getSnapshot().ready).toBe(true);
    expect(store.notes.size).toBe(5);

    const rows = await db.conn.rows<{ flag_id: string; review_status: string | null; review_reason: string | null; review_note: string | null; source_sha256: string }>(
      `SELECT flag_id, review_status, review_reason, review_note, source_sha256 FROM ${REVIEWED_FINDINGS_RELATION.from} r WHERE eval_id = ? ORDER BY flag_id`,
      [TRAVEL],
    );
    const byId = Object.fromEntries(rows.map((r) => [r.flag_id, r]));
    expect(byId[`exec.low:${TRAVEL}`]).toMatchObject({ review_status: '已确认 Confirmed', review_note: '核实：出国计划取消', source_sha256: SHA_000 });
    expect(byId[`inflation.low_exec_high_score:${TRAVEL}`]).toMatchObject({ review_status: '已排除 Dismissed', review_reason: '执行率低因疫情后计划调整' });
    // One row per finding: the old-data note does not duplicate it.
    expect(rows.filter((r) => r.flag_id === `exec.low:${TRAVEL}`)).toHaveLength(1);

    const states = await db.conn.rows<{ subject_id: string; source_sha256: string; attached: boolean }>(NOTES_STATE_SQL);
    expect(states.filter((s) => !s.attached).map((s) => [s.subject_id, s.source_sha256])).toEqual(
      expect.arrayContaining([
        [`exec.low:${TRAVEL}`, 'b'.repeat(64)],
        ['exec.low:gone.txt#1', SHA_000],
      ]),
    );
    expect(states.filter((s) => s.attached)).toHaveLength(3);
  });

  it('imports a colleague’s notes: newer ones replace, older ones are kept, and the table follows', async () => {
    const mine = note({ status: 'to_verify', updatedAt: '2025-03-01T00:00:00.000Z' });
    const book = new ReviewBook(memoryNoteStore([mine]));
    await book.attach(db.conn);
    const result = await book.importNotes([
      note({ status: 'confirmed', updatedAt: '2025-02-01T00:00:00.000Z' }),
      note({ kind: 'form', subjectId: TRAVEL, status: 'confirmed', updatedAt: '2025-02-01T00:00:00.000Z' }),
    ]);
    expect(result).toEqual({ added: 1, updated: 0, kept: 1 });
    expect(book.noteOn(mine)?.status).toBe('to_verify');
    const after = await book.importNotes([note({ status: 'dismissed', reason: '已核实无误', updatedAt: '2025-04-01T00:00:00.000Z' })]);
    expect(after).toEqual({ added: 0, updated: 1, kept: 0 });
    const [row] = await db.conn.rows<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM review_notes WHERE status = 'dismissed'`);
    expect(row?.n).toBe(1);
  });

  it('removes a note from the store and the table', async () => {
    const store = memoryNoteStore([note({})]);
    const book = new ReviewBook(store);
    await book.attach(db.conn);
    await book.remove(note({}));
    expect(store.notes.size).toBe(0);
    expect(await db.conn.rows('SELECT * FROM review_notes')).toEqual([]);
  });
});
