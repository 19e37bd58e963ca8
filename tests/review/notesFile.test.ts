import { describe, expect, it } from 'vitest';
import { NOTES_FORMAT, notesFileText, parseNotesFile } from '../../src/review/notesFile';
import { noteProblem, type ReviewNote } from '../../src/review/reviewNote';

const SHA = 'a'.repeat(64);
const note = (over: Partial<ReviewNote> = {}): ReviewNote => ({
  kind: 'finding',
  subjectId: 'exec.low:000_82397be2bbd94de5.txt#10',
  sourceFile: '000_82397be2bbd94de5.txt',
  sourceSha256: SHA,
  subjectText: '执行率 30.93%（43.31/140.00 万元），低于 60%',
  status: 'confirmed',
  reason: '',
  note: '=HYPERLINK("http://x") <b>粗</b>',
  updatedAt: '2025-01-02T03:04:05.000Z',
  ...over,
});

describe('notes file', () => {
  it('round-trips notes, texts kept exactly as written', () => {
    const notes = [note(), note({ kind: 'form', subjectId: '000_82397be2bbd94de5.txt#10', status: 'dismissed', reason: '已补充说明', note: '' })];
    const text = notesFileText(notes, new Date('2025-02-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: NOTES_FORMAT, version: 1, exportedAt: '2025-02-01T00:00:00.000Z' });
    const parsed = parseNotesFile(text);
    expect(parsed).toEqual({ ok: true, skipped: 0, notes: [notes[0], notes[1]] });
  });

  it('leaves out malformed notes and says how many', () => {
    const file = {
      format: NOTES_FORMAT,
      version: 1,
      notes: [note(), { ...note(), status: 'maybe' }, { ...note(), sourceSha256: 'xyz' }, { ...note(), status: 'dismissed', reason: ' ' }, 42, { ...note(), note: 'x'.repeat(10_001) }],
    };
    const parsed = parseNotesFile(JSON.stringify(file));
    expect(parsed.ok && parsed.notes.length).toBe(1);
    expect(parsed.ok && parsed.skipped).toBe(5);
  });

  it('refuses what is not a notes file, and a newer version', () => {
    expect(parseNotesFile('{')).toEqual({ ok: false, error: 'not_json' });
    expect(parseNotesFile('{"format":"other","version":1,"notes":[]}')).toEqual({ ok: false, error: 'not_notes_file' });
    expect(parseNotesFile(`{"format":"${NOTES_FORMAT}","version":2,"notes":[]}`)).toEqual({ ok: false, error: 'newer_version' });
  });
});

describe('a note as submitted', () => {
  it('needs a reason to dismiss, and only then', () => {
    expect(noteProblem({ status: 'dismissed', reason: '  ' })).toBe('reason_required');
    expect(noteProblem({ status: 'dismissed', reason: '偏差说明已补充' })).toBeNull();
    expect(noteProblem({ status: 'confirmed', reason: '' })).toBeNull();
  });
});
