/** Terminal questions: a hidden password prompt, a yes/no question, and a line read from a pipe. */
import { createInterface } from 'node:readline'
import type { Io } from './command.js'

export async function readFirstLine(stdin: Io['stdin']): Promise<string> {
  const lines = createInterface({ input: stdin, terminal: false })
  for await (const line of lines) {
    lines.close()
    return line.replace(/\r$/, '')
  }
  return ''
}

/** Asks on the terminal without echoing what is typed. */
export async function askHidden(io: Io, question: string): Promise<string> {
  const { stdin, stderr } = io
  stderr.write(question)
  stdin.setRawMode?.(true)
  stdin.resume()
  let typed = ''
  try {
    return await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer | string) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n') return finish(resolve, typed)
          if (char === '\u0003') return finish(reject, new Error('cancelled'))
          if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
          else typed += char
        }
      }
      const finish = <T>(settle: (value: T) => void, value: T) => {
        stdin.off('data', onData)
        settle(value)
      }
      stdin.on('data', onData)
    })
  } finally {
    stdin.setRawMode?.(false)
    stdin.pause()
    stderr.write('\n')
  }
}

export async function askYesNo(io: Io, question: string): Promise<boolean> {
  io.stderr.write(`${question} [y/N] `)
  const answer = await readFirstLine(io.stdin)
  return /^y(es)?$/i.test(answer.trim())
}
