// An async generator of text lines as a web ReadableStream of UTF-8 bytes, pulled by the
// consumer (backpressure: the next lines are produced only when the reader wants more), the
// lines grouped into chunks of about 64 KB so that a million lines are not a million writes.

const CHUNK_CHARACTERS = 64 * 1024;

export function streamLines(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      while (chunk.length < CHUNK_CHARACTERS) {
        const next = await lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}
