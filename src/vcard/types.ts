/**
 * The lossless vCard model. A parsed card keeps every property in order with its group, its
 * parameters (order, case and duplicates kept) and its raw value, plus the exact source text of
 * each content line, so that serialising an unchanged card gives back the same bytes.
 */

export interface VParam {
  /** As written (case kept). A bare 2.1 parameter has bare true and the name of the parameter it
   * stands for: 'ENCODING' for QUOTED-PRINTABLE, BASE64, 8BIT, 7BIT; 'VALUE' for INLINE, URL,
   * CONTENT-ID, CID; 'TYPE' for anything else (`;CELL`). */
  name: string
  /** Values with surrounding DQUOTEs removed; a comma list `TYPE=a,b` gives ['a', 'b']. */
  values: string[]
  /** True for a 2.1 bare parameter written without `=` (e.g. `TEL;CELL:`). */
  bare?: boolean
}

export interface VProperty {
  /** Group prefix without the dot (`item1`), or undefined. */
  group?: string
  /** Property name as written (case kept), e.g. `X-ABLabel`. */
  name: string
  params: VParam[]
  /** The value exactly as on the wire after unfolding: still escaped, QP/base64 not decoded. */
  value: string
  /** The exact source text of this content line, folding included, without its final line
   * break. Present only on parsed properties; `serializeVCard` writes it verbatim. Any code that
   * changes a property must drop `raw` (build a new object). */
  raw?: string
}

export interface VCard {
  /** The VERSION value ('2.1', '3.0', '4.0'), or '' when the card has none. */
  version: string
  /** Every content line between BEGIN:VCARD and END:VCARD, VERSION included, in order. */
  properties: VProperty[]
  /** Exact source text of the BEGIN and END lines (to keep their case), when parsed. */
  beginRaw?: string
  endRaw?: string
  /** The line break the source used after BEGIN:VCARD ('\r\n', '\n' or a lone '\r');
   * serialisation always writes CRLF, also inside the folds of `raw`. */
  lineBreak?: '\r\n' | '\n' | '\r'
}

export class VCardSyntaxError extends Error {
  override name = 'VCardSyntaxError'
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`)
  }
}
