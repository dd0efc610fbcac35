import { closeSync, existsSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";

/**
 * An online backup of a SQLite database (SQLite's backup API, through better-sqlite3): the service may go on
 * writing meanwhile. The copy goes to `<target>.partial` and is renamed when complete and checked, so a backup
 * that fails half-way leaves no file that looks whole. Refuses to overwrite.
 */
export async function backupSqlite(source: string, target: string): Promise<{ readonly pages: number }> {
  if (!existsSync(source)) throw new Error(`Không có cơ sở dữ liệu “${source}” / no database “${source}”.`);
  if (existsSync(target)) throw new Error(`Tệp “${target}” đã có; chọn tên khác / “${target}” exists; choose another name.`);
  const db = new Database(source, { fileMustExist: true });
  const partial = `${target}.partial`;
  try {
    // All remaining pages in each step: a step copies a consistent snapshot, and another connection's write
    // between small steps would restart the copy (for ever, on a busy service).
    const result = await db.backup(partial, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
    verify(partial);
    renameSync(partial, target);
    return { pages: result.totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** Restores a backup into a new database file (never over an existing one): checked, then copied. */
export async function restoreSqlite(backup: string, target: string): Promise<void> {
  if (existsSync(target)) throw new Error(`Tệp “${target}” đã có: khôi phục vào một tệp mới / “${target}” exists: restore into a new file.`);
  verify(backup);
  await backupSqlite(backup, target);
}

/** The 16 bytes every SQLite 3 database file begins with (sqlite.org/fileformat.html, "The Database Header"). */
const SQLITE_MAGIC = Buffer.from("SQLite format 3\0", "latin1");

function verify(file: string): void {
  // Checked by hand first: SQLite itself reports a foreign file only once it reads a page, and not on every build.
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(SQLITE_MAGIC)) throw new Error(`Tệp “${file}” không phải cơ sở dữ liệu SQLite / “${file}” is not a SQLite database.`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`Tệp sao lưu “${file}” hỏng (${String(result)}) / the backup is damaged.`);
  } finally {
    db.close();
  }
}
