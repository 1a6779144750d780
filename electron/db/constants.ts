/** File name of the journal database inside the data folder. */
export const DB_FILE = 'limber.db'

/**
 * Written to the SQLite header (`PRAGMA application_id`) so a database made
 * by another program is recognised and never written to. 0x4C4D4252 = "LMBR".
 */
export const APPLICATION_ID = 0x4c4d4252

/** Sidecar files SQLite keeps beside a WAL-mode database. */
export const SIDECAR_SUFFIXES = ['', '-wal', '-shm'] as const
