/**
 * DAV errors carry their own HTTP status and precondition element (STYLE.md §5.5). Handlers throw
 * `DavError.precondition(key)` and never build error XML: this file is the only writer of
 * `<d:error>`. `mapStoreError` is the single place where store errors become DAV errors.
 */
import {
  BookNotFoundError,
  CardNotFoundError,
  EtagMismatchError,
  InvalidSyncPositionError,
  StoreBusyError,
  UidConflictError,
} from '../store/errors.js'
import { XML_CONTENT_TYPE } from './responses.js'
import { element, escapeText, xmlDocument } from './xml/build.js'
import { card, dav, type QName } from './xml/names.js'

/**
 * Preconditions with the status each one is answered with. RFC 4918 §16 allows 403 or 409;
 * the choices follow the defining RFCs and what clients handle (carddav-compat.md F5, H4).
 */
export const PRECONDITIONS = {
  /** RFC 6578 §3.2; 403 like sabre and Radicale (DAVx5 matches the element in any status). */
  validSyncToken: { status: 403, name: dav('valid-sync-token') },
  /** RFC 3253 §3.6: a REPORT the resource does not support. */
  supportedReport: { status: 403, name: dav('supported-report') },
  /** RFC 4918 §9.1: PROPFIND with Depth: infinity. */
  propfindFiniteDepth: { status: 403, name: dav('propfind-finite-depth') },
  /** RFC 4918 §9.2: a PROPPATCH of a protected property (sent inside a 403 propstat). */
  cannotModifyProtectedProperty: { status: 403, name: dav('cannot-modify-protected-property') },
  /** RFC 6352 §6.3.2.1: UID already used by another member; carries the member's href. */
  noUidConflict: { status: 409, name: card('no-uid-conflict') },
  /** RFC 6352 §6.3.2.1: not exactly one parseable vCard of a supported version. */
  validAddressData: { status: 403, name: card('valid-address-data') },
  /** RFC 6352 §6.3.2.1: a media type or vCard version we do not store (e.g. vCard 2.1). */
  supportedAddressData: { status: 403, name: card('supported-address-data') },
  /** RFC 6352 §6.3.2.1: body larger than CARDDAV:max-resource-size. */
  maxResourceSize: { status: 403, name: card('max-resource-size') },
  /** RFC 6352 §8.3: a text-match collation we do not implement. */
  supportedCollation: { status: 403, name: card('supported-collation') },
} as const

export type PreconditionKey = keyof typeof PRECONDITIONS

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  207: 'Multi-Status',
  304: 'Not Modified',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  424: 'Failed Dependency',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  507: 'Insufficient Storage',
}

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown'
}

export interface DavErrorOptions {
  /** The precondition element the body reports (STYLE.md §5.5). */
  condition?: QName
  message?: string
  /** Serialised XML placed inside the condition element (e.g. the `<d:href>` of no-uid-conflict). */
  detail?: string
  headers?: Readonly<Record<string, string>>
}

export class DavError extends Error {
  override name = 'DavError'
  readonly condition: QName | undefined
  readonly detail: string | undefined
  readonly headers: Readonly<Record<string, string>>

  constructor(
    readonly status: number,
    options: DavErrorOptions = {},
  ) {
    super(options.message ?? statusText(status))
    this.condition = options.condition
    this.detail = options.detail
    this.headers = options.headers ?? {}
  }

  static precondition(key: PreconditionKey, message?: string, detail?: string): DavError {
    const { status, name } = PRECONDITIONS[key]
    return new DavError(status, { condition: name, message, detail })
  }

  /** 400, with the reason in the plain-text body. */
  static badRequest(reason: string): DavError {
    return new DavError(400, { message: `Bad Request: ${reason}` })
  }

  getResponse(): Response {
    if (!this.condition) {
      return new Response(`${this.message}\n`, {
        status: this.status,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', ...this.headers },
      })
    }
    return new Response(xmlDocument(dav('error'), errorCondition(this.condition, this.detail)), {
      status: this.status,
      headers: { 'Content-Type': XML_CONTENT_TYPE, ...this.headers },
    })
  }
}

/** `<d:error>` as the child of a propstat or response inside a multistatus. */
export function errorElement(condition: QName): string {
  return element(dav('error'), errorCondition(condition))
}

function errorCondition(condition: QName, detail?: string): string {
  return element(condition, detail)
}

/** Translates a store error into its DAV meaning; undefined for anything that is not one. */
export function mapStoreError(error: unknown, cardHref: (name: string) => string): DavError | undefined {
  if (error instanceof CardNotFoundError || error instanceof BookNotFoundError) return new DavError(404)
  if (error instanceof EtagMismatchError) return new DavError(412)
  if (error instanceof UidConflictError) {
    return DavError.precondition('noUidConflict', 'UID already in use', element(dav('href'), escapeText(cardHref(error.existingName))))
  }
  if (error instanceof InvalidSyncPositionError) return DavError.precondition('validSyncToken')
  if (error instanceof StoreBusyError) return new DavError(503, { message: error.message, headers: { 'Retry-After': '10' } })
  return undefined
}
