/** The addresses a document's tables and paragraphs are cited by (Word and web pages alike). */

/** A table cell, 1-based as a person counts: `表2 第5行 第3列`. */
export function tableCellRef(table: number, rowIndex: number, colIndex: number): string {
  return `表${table} 第${rowIndex + 1}行 第${colIndex + 1}列`;
}

/** A paragraph outside the tables, 1-based: `第7段`. */
export function paragraphRef(paragraph: number): string {
  return `第${paragraph}段`;
}
