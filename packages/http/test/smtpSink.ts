/**
 * A mail server on loopback for tests: `smtp-server` (from the nodemailer project) speaking real
 * SMTP, without TLS, every message parsed with `mailparser`. `refuse` makes it answer the recipient
 * with an SMTP error (e.g. a permanent 550).
 */
import { simpleParser, type ParsedMail } from "mailparser"
import { createServer as createNetServer } from "node:net"
import { SMTPServer } from "smtp-server"

/** A running sink. */
export interface SmtpSink {
  readonly port: number
  /** The messages received, oldest first. */
  readonly messages: ReadonlyArray<ParsedMail>
  /** How many times a recipient was refused. */
  readonly refusals: () => number
  readonly close: () => Promise<void>
}

/** A free loopback port (nothing listens on it once this answers). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once("error", reject)
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      probe.close(() => resolve(port))
    })
  })

/** Starts a sink on `port` (any free one by default); with `refuse`, every recipient is refused with that code. */
export const startSink = async (options: { readonly port?: number; readonly refuse?: number } = {}): Promise<SmtpSink> => {
  const messages: Array<ParsedMail> = []
  let refused = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (options.refuse === undefined) return callback()
      refused += 1
      const error = new Error("mailbox unavailable") as Error & { responseCode: number }
      error.responseCode = options.refuse
      callback(error)
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((parsed) => {
        messages.push(parsed)
        callback()
      }, callback)
    }
  })
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const address = server.server.address()
      resolve(typeof address === "object" && address !== null ? address.port : 0)
    })
  })
  return {
    port,
    messages,
    refusals: () => refused,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
