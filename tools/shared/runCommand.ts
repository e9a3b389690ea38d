import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface CommandResult {
    exitCode: number;
    /** Standard output and standard error, interleaved as they came. */
    output: string;
    seconds: number;
}

/**
 * Runs a program to completion and captures what it printed; with `echo` the output is also
 * passed through as it arrives, for long steps a person is watching.
 */
export function runCommand(
    program: string,
    args: string[],
    options: { cwd: string; echo?: boolean; env?: NodeJS.ProcessEnv }
): Promise<CommandResult> {
    const started = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
        const child = spawn(program, args, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const chunks: Buffer[] = [];
        const collect = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
            chunks.push(chunk);
            if (options.echo) {
                stream.write(chunk);
            }
        };
        child.stdout.on('data', collect(process.stdout));
        child.stderr.on('data', collect(process.stderr));
        child.on('error', reject);
        child.on('close', (code, signal) => {
            resolve({
                exitCode: code ?? (signal ? 128 : 1),
                output: Buffer.concat(chunks).toString('utf8'),
                seconds: Number(process.hrtime.bigint() - started) / 1e9
            });
        });
    });
}

/**
 * The path of an npm package's executable, run with this Node so no shell or PATH is involved.
 * Looked up in the node_modules folders Node would search, since packages' `exports` often hide their bin files.
 */
export function packageBin(packageName: string, binPath: string): string {
    for (const folder of require.resolve.paths(packageName) ?? []) {
        const candidate = path.join(folder, packageName, binPath);
        if (fs.existsSync(candidate)) {
            return candidate;
        }
    }
    throw new Error(`${packageName} is not installed (no ${binPath}); run npm install.`);
}
