import { z } from 'zod'

/*
 * zod compiles fast parsers with `new Function` when it can; the window's
 * Content-Security-Policy forbids that, and even zod's try/catch probe is
 * reported as a violation. Imported before any schema is built.
 */
z.config({ jitless: true })
