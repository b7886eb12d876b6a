import { spawn } from "node:child_process";

export interface ToolRun {
  /** The exit code, or null when the process was killed by a signal. */
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs a command-line tool to its end and hands back everything it printed. A non-zero exit is
 * not an error here: xmllint, Saxon and pdfbox report findings through their exit codes, so each
 * caller decides which codes mean "the tool itself failed". Only a tool that cannot start at all
 * (ENOENT...) rejects.
 */
export function runTool(command: string, args: readonly string[], options: { cwd?: string } = {}): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ code, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString("utf8") });
    });
  });
}

/** A one-line account of a failed run, for error messages. */
export function describeRun(command: string, run: ToolRun): string {
  const output = `${run.stderr}\n${run.stdout.toString("utf8")}`.trim().slice(0, 2000);
  return `${command} exited with ${run.code ?? "a signal"}${output ? `: ${output}` : ""}`;
}
