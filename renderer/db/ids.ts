// Row ids: random UUIDs, so ids made on two machines never collide when backups merge.

export function newId(): string {
  return crypto.randomUUID();
}
