import { describe, expect, it } from 'vitest';
import { formQuality } from '../../src/ingest/quality';

describe('formQuality', () => {
  it('is clean without a warning that bears on it; labels inferred or not in the vocabulary do not', () => {
    expect(formQuality([])).toEqual({ quality: 'clean', reasons: [] });
    expect(formQuality(['level1_inferred', 'level1_unrecognized', 'level2_unrecognized'])).toEqual({ quality: 'clean', reasons: [] });
  });

  it('calls a form with an indicator whose name was not read partial', () => {
    expect(formQuality(['level2_unrecognized', 'name_missing'])).toEqual({ quality: 'partial', reasons: ['name_missing'] });
  });

  it('calls a form whose funds amounts OCR lost damaged, and one whose agency or project its title gave repaired', () => {
    expect(formQuality(['funds_columns_solved', 'funds_amounts_lost'])).toEqual({ quality: 'damaged', reasons: ['funds_amounts_lost', 'funds_columns_solved'] });
    expect(formQuality(['department_from_title', 'project_from_title'])).toEqual({ quality: 'repaired', reasons: ['department_from_title', 'project_from_title'] });
  });

  it('takes the gravest level and lists every reason, the gravest first', () => {
    expect(formQuality(['funds_columns_solved', 'name_missing', 'project_name_missing'])).toEqual({
      quality: 'damaged',
      reasons: ['project_name_missing', 'name_missing', 'funds_columns_solved'],
    });
  });
});
