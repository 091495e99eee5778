/** HTTP responses shared by the methods: the DAV header and 207 Multi-Status bodies. */

/** The DAV header's compliance classes (RFC 4918 §10.1, RFC 6352 §6.1): one place. */
export const FEATURES = ['1', '3', 'addressbook'] as const
export const DAV_HEADER = FEATURES.join(', ')

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8'

/** A 207 whose body is a string, or chunks produced as the client reads (see multistatusChunks). */
export function multistatusResponse(body: string | Iterable<string>, headers: Readonly<Record<string, string>> = {}): Response {
  const content = typeof body === 'string' ? body : streamOf(body)
  return new Response(content, { status: 207, headers: { 'Content-Type': XML_CONTENT_TYPE, DAV: DAV_HEADER, ...headers } })
}

const STREAM_CHUNK_CHARS = 64 * 1024

/** Pulls chunks only as fast as the client reads, in pieces of about 64 K characters. */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]()
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let piece = ''
      while (piece.length < STREAM_CHUNK_CHARS) {
        const next = iterator.next()
        if (next.done) {
          if (piece) controller.enqueue(encoder.encode(piece))
          controller.close()
          return
        }
        piece += next.value
      }
      controller.enqueue(encoder.encode(piece))
    },
    cancel() {
      iterator.return?.()
    },
  })
}
