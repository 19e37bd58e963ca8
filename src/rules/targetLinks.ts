// Placeholder until the rules engine lands: links no self-evaluation. Replaced by the real linking SQL.
export const TARGET_LINKS_SQL = `SELECT NULL::VARCHAR AS eval_id, NULL::VARCHAR AS target_table_id, NULL::VARCHAR AS basis, NULL::DOUBLE AS name_similarity, NULL::VARCHAR AS note WHERE false`;
