/**
 * A document's file name as a document site prints it above the page (`广水市卫生健康局2023年整体绩效目标申报.pdf`,
 * `《…项目自评表.docx》`): its name without the extension, or null when the text is no such file name.
 */
export function fileNameStem(text: string): string | null {
  const match = DOCUMENT_FILE_NAME.exec(text.trim());
  return match ? match[1]! : null;
}

/** A text ending in an office or PDF document's extension (a closing 》 after it). */
const DOCUMENT_FILE_NAME = /^(.*)\.(?:pdf|docx?|xlsx?|wps)》?$/isu;
