/**
 * The database was migrated by a newer baocao than this one: its schema has steps this code does not know, so
 * this code may neither write to it nor "repair" it. Thrown by `migrate()` before anything is changed; the
 * operator runs the newer baocao again (or restores the backup taken before the upgrade).
 */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `Cơ sở dữ liệu có lược đồ phiên bản ${found}, mới hơn phiên bản ${known} mà bản baocao này biết: hãy chạy bản baocao mới hơn ` +
        `(hoặc khôi phục bản sao lưu trước khi nâng cấp); không có gì bị thay đổi. / The database's schema is at version ${found}, ` +
        `newer than the version ${known} this baocao knows: run the newer baocao (or restore the backup taken before the upgrade); nothing was changed.`,
    );
    this.name = "SchemaTooNewError";
  }
}

/** Refuses a database that records a schema step above the last one `known` (throws `SchemaTooNewError`). */
export function refuseNewerSchema(recorded: Iterable<number>, known: readonly { readonly version: number }[]): void {
  const newest = Math.max(0, ...recorded);
  const last = Math.max(0, ...known.map((m) => m.version));
  if (newest > last) throw new SchemaTooNewError(newest, last);
}
