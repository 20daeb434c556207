/** A one-line progress bar on a terminal; plain lines when output is not a terminal (CI logs). */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  let lastStep = "";
  return (step: string, done: number, total: number) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const line = `${step.padEnd(14)} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}`);
      if (done === total) stream.write("\n");
    } else if (step !== lastStep || done === total) {
      if (done === total) stream.write(`${line}\n`);
    }
    lastStep = step;
  };
}
