import { hashPassword } from '../../http/password.js'
import { UserExistsError } from '../../store/errors.js'
import { COMMON_OPTIONS, UsageError, type Command, type Io, type Values } from '../command.js'
import { checkUserName, configFrom, openStore } from '../context.js'
import { askHidden, readFirstLine } from '../prompt.js'

const MIN_PASSWORD_LENGTH = 8

export const userCommand: Command = {
  name: 'user',
  summary: 'Manage the accounts that may sync (each has one address book).',
  usage: 'user (add NAME | passwd NAME | list) [options]',
  options: {
    'password-stdin': { type: 'boolean', help: 'read the password from the first line of standard input' },
    ...COMMON_OPTIONS,
  },
  details: ['add creates an account and asks for its password; passwd changes it; list shows the accounts.'],
  async run(values, positionals, io) {
    const [action, name, ...extra] = positionals
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`)
    const store = openStore(configFrom(values, io))
    try {
      if (action === 'list' && name === undefined) {
        for (const user of store.listUsers()) io.stdout.write(`${user.name}${user.passwordHash ? '' : ' (no password: cannot sync yet)'}\n`)
        return 0
      }
      if ((action !== 'add' && action !== 'passwd') || !name) throw new UsageError('use: user add NAME | user passwd NAME | user list')
      checkUserName(name)
      const existing = store.getUser(name)
      if (action === 'add' && existing?.passwordHash) throw new UserExistsError(name)
      if (action === 'passwd' && !existing) throw new UsageError(`no user "${name}" (create it with: linkingout user add ${name})`)
      const hash = await hashPassword(await readPassword(values, io))
      store.ensureBook(name)
      store.setPasswordHash(name, hash)
      io.stderr.write(action === 'add' ? `User ${name} can now sync.\n` : `Password of ${name} changed.\n`)
      return 0
    } finally {
      store.close()
    }
  },
}

async function readPassword(values: Values, io: Io): Promise<string> {
  let password: string
  if (values['password-stdin']) {
    password = await readFirstLine(io.stdin)
  } else if (io.stdin.isTTY) {
    password = await askHidden(io, 'Password: ')
    if ((await askHidden(io, 'Repeat it: ')) !== password) throw new UsageError('the passwords differ')
  } else {
    throw new UsageError('no terminal to ask for a password: use --password-stdin')
  }
  if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  return password
}
