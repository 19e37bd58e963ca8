import type { DroppedFile } from './importCenter';

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** Every entry of a directory (readEntries answers in batches until it answers none). */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * The files of a drop, folders walked through (each file with its path inside the drop). The
 * entries are taken synchronously, inside the drop event (the browser empties the DataTransfer
 * after it), then read asynchronously.
 */
export function droppedFiles(data: DataTransfer): Promise<DroppedFile[]> {
  const entries = [...data.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null)).filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return Promise.resolve([...data.files].map((file) => ({ file, path: file.name })));
  return (async () => {
    const out: DroppedFile[] = [];
    // One file asked for at a time, each answer its own task.
    const walk = async (entry: FileSystemEntry): Promise<void> => {
      if (entry.isFile) out.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.fullPath.replace(/^\/+/, '') });
      else if (entry.isDirectory) for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child);
    };
    for (const entry of entries) await walk(entry);
    return out;
  })();
}

/** The files of a file input (a folder picked: each with its path inside the folder). */
export const pickedFiles = (list: FileList | null): DroppedFile[] => [...(list ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
