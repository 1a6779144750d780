import { z } from 'zod'

/*
 * zod compiles fast parsers with `new Function` when it can; the window's
 * Content-Security-Policy forbids that, and even zod's try/catch probe is
 * reported as a violation. zod reads the setting at its first parse, so
 * each renderer module that parses imports this first; the start-up bundle,
 * which parses nothing, carries no zod at all.
 */
z.config({ jitless: true })
