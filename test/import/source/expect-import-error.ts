import { expect } from 'vitest'
import { ImportError, type ImportErrorCode } from '../../../src/import/errors.js'

/** Awaits a rejection and checks it is an ImportError with the code and a one-line message. */
export async function expectImportError(work: Promise<unknown> | (() => Promise<unknown>), code: ImportErrorCode): Promise<ImportError> {
  let caught: unknown
  try {
    await (typeof work === 'function' ? work() : work)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(ImportError)
  const error = caught as ImportError
  expect(error.code).toBe(code)
  expect(error.message).not.toMatch(/[\r\n]/)
  expect(error.message.length).toBeLessThan(300)
  return error
}
