// A loopback SMTP sink for browser tests: it accepts every message `cairn serve --smtp` relays
// and keeps them (recipients and text), so a test can follow a claim link from its e-mail.
import net from "node:net";

export async function startSmtpSink() {
  const messages = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    let recipients = [];
    const say = (line) => socket.write(line + "\r\n");
    say("220 sink ready");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      while (true) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          messages.push({ to: recipients, text: buffer.slice(0, end).replace(/\r\n\.\./g, "\r\n.") });
          buffer = buffer.slice(end + 5);
          inData = false;
          recipients = [];
          say("250 queued");
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") {
          say("250-sink");
          say("250 8BITMIME");
        } else if (verb === "HELO" || verb === "MAIL" || verb === "RSET" || verb === "NOOP") {
          say("250 ok");
        } else if (verb === "RCPT") {
          recipients.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, "$1"));
          say("250 ok");
        } else if (verb === "DATA") {
          inData = true;
          say("354 go ahead");
        } else if (verb === "QUIT") {
          say("221 bye");
          socket.end();
        } else {
          say("502 not implemented");
        }
      }
    });
    socket.on("error", () => {});
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${server.address().port}`,
    messages,
    // The first message to `recipient` whose text matches `pattern`, waiting up to `seconds`.
    async waitFor(recipient, pattern, seconds = 30) {
      const deadline = Date.now() + seconds * 1000;
      while (Date.now() < deadline) {
        const found = messages.find((m) => m.to.includes(recipient) && pattern.test(m.text));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`no mail to ${recipient} matching ${pattern} within ${seconds} s`);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
